#pragma once

namespace groov {

// Qt's HTTP server and its HTTP/2 code print whole requests at debug level, apiKey header included. This keeps
// those categories' debug output off for the life of the process, whatever QT_LOGGING_RULES or a later
// setFilterRules() says; every other rule still applies. Safe to call more than once.
void keepRequestHeadersOutOfLogs();

} // namespace groov
