#pragma once

namespace groov::cli {

// Which event loop groov-update runs. Qt's own poll() loop costs about a tenth less CPU than GLib's over an upload,
// where the main thread and Qt's network thread hand every 16 KB to each other (bench/README.md, "Upload"). But
// QtKeychain's libsecret backend answers only inside GLib's loop: GLib stays whenever a profile (and so the
// keychain) may be used.

// Whether these arguments may read the keychain: any argument naming a profile, or a fleet plan (its devices may
// name keychain entries). Deliberately broad: a file name with "profile" in it only keeps the slower loop.
[[nodiscard]] bool mayUseKeychain(int argc, const char *const argv[]);

// Before QCoreApplication (and every thread) exists: sets QT_NO_GLIB=1, which Qt reads when it creates each
// thread's event loop, unless mayUseKeychain() or the user already set QT_NO_GLIB either way. True when it set it.
bool preferPlainEventLoop(int argc, const char *const argv[]);

} // namespace groov::cli
