#pragma once

namespace groov {

// Qt's HTTP/2 client code prints whole requests at debug level, apiKey header included. Requests ask for HTTP/1.1,
// but one that did not would still keep the key out of logs: this keeps that category's debug output off for the
// life of the process, whatever QT_LOGGING_RULES or a later setFilterRules() says; every other rule still applies.
// Safe to call more than once.
void keepRequestHeadersOutOfLogs();

} // namespace groov
