<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiKeySource</name>
    <message>
        <source>Save the key in an ordinary file and give that, or set GROOV_API_KEY.</source>
        <translation>Speichern Sie den Schlüssel in einer normalen Datei und geben Sie diese an, oder setzen Sie GROOV_API_KEY.</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; is empty; its first line must be the key.</source>
        <translation>Die API-Schlüsseldatei &quot;%1&quot; ist leer; ihre erste Zeile muss der Schlüssel sein.</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; can be read by other users of this computer. Make it private: chmod 600 %2</source>
        <translation>Die API-Schlüsseldatei &quot;%1&quot; ist für andere Benutzer dieses Computers lesbar. Schränken Sie den Zugriff ein: chmod 600 %2</translation>
    </message>
    <message>
        <source>No API key: set the environment variable GROOV_API_KEY, or use --api-key-file FILE. The key belongs to an administrator account of the device (groov Manage, Accounts).</source>
        <translation>Kein API-Schlüssel: Setzen Sie die Umgebungsvariable GROOV_API_KEY, oder verwenden Sie --api-key-file DATEI. Der Schlüssel gehört zu einem Administratorkonto des Geräts (groov Manage, Accounts).</translation>
    </message>
</context>
<context>
    <name>ApiReply</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Unauthorized: check the API key (it must belong to an administrator)</source>
        <translation>Nicht autorisiert: Prüfen Sie den API-Schlüssel (er muss zu einem Administrator gehören)</translation>
    </message>
    <message>
        <source>The device answered with a redirect (HTTP %1), which is not followed so that the API key is never sent elsewhere. Check the address.</source>
        <translation>Das Gerät antwortete mit einer Umleitung (HTTP %1). Ihr wird nicht gefolgt, damit der API-Schlüssel nie an eine andere Stelle gesendet wird. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>The device did not answer completely within %1 s (timed out)</source>
        <translation>Das Gerät hat nicht innerhalb von %1 s vollständig geantwortet (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>No answer from the device for %1 s (timed out)</source>
        <translation>Keine Antwort vom Gerät seit %1 s (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>The device stopped answering (timed out)</source>
        <translation>Das Gerät antwortet nicht mehr (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>Reading the firmware file failed, so the chunk was not sent completely: %1</source>
        <translation>Das Lesen der Firmware-Datei ist fehlgeschlagen, daher wurde der Block nicht vollständig gesendet: %1</translation>
    </message>
    <message>
        <source>The device&apos;s certificate is not trusted; nothing was sent</source>
        <translation>Dem Zertifikat des Geräts wird nicht vertraut; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>The device&apos;s answer was larger than any answer of groov Manage, so it was not read. Check the address: something other than a groov device may be answering there</source>
        <translation>Die Antwort des Geräts war größer als jede Antwort von groov Manage und wurde daher nicht gelesen. Prüfen Sie die Adresse: Dort antwortet möglicherweise etwas anderes als ein groov-Gerät</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Check that the device is powered and connected to this network, that %1 is its address, and that no firewall blocks port %2.</source>
        <translation>Prüfen Sie, ob das Gerät eingeschaltet und mit diesem Netzwerk verbunden ist, ob %1 seine Adresse ist und ob keine Firewall Port %2 blockiert.</translation>
    </message>
    <message>
        <source>Check that %1 is the device&apos;s address (groov Manage answers on HTTPS port 443, the one tried). If the device is restarting, wait a minute and try again.</source>
        <translation>Prüfen Sie, ob %1 die Adresse des Geräts ist (groov Manage antwortet auf HTTPS-Port 443, der versucht wurde). Startet das Gerät gerade neu, warten Sie eine Minute, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Check the address and the port: groov Manage normally answers on HTTPS port 443, and port %1 was tried. If the device is restarting, wait a minute and try again.</source>
        <translation>Prüfen Sie Adresse und Port: groov Manage antwortet normalerweise auf HTTPS-Port 443, versucht wurde Port %1. Startet das Gerät gerade neu, warten Sie eine Minute, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Check the spelling of &quot;%1&quot; and this computer&apos;s DNS settings, or use the device&apos;s IP address instead.</source>
        <translation>Prüfen Sie die Schreibweise von &quot;%1&quot; und die DNS-Einstellungen dieses Computers, oder verwenden Sie stattdessen die IP-Adresse des Geräts.</translation>
    </message>
    <message>
        <source>Check the address, that the device is powered and on this network, and that port %1 is not blocked.</source>
        <translation>Prüfen Sie die Adresse, ob das Gerät eingeschaltet und in diesem Netzwerk ist und ob Port %1 nicht blockiert ist.</translation>
    </message>
    <message>
        <source>The device answered HTTP %1</source>
        <translation>Das Gerät antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>The device answered HTTP %1: %2</source>
        <translation>Das Gerät antwortete mit HTTP %1: %2</translation>
    </message>
    <message>
        <source>Network error: the connection was refused (nothing accepts connections on that port)</source>
        <translation>Netzwerkfehler: Die Verbindung wurde abgelehnt (an diesem Port nimmt nichts Verbindungen an)</translation>
    </message>
    <message>
        <source>Network error: the host name was not found</source>
        <translation>Netzwerkfehler: Der Hostname wurde nicht gefunden</translation>
    </message>
    <message>
        <source>Network error: the device closed the connection</source>
        <translation>Netzwerkfehler: Das Gerät hat die Verbindung geschlossen</translation>
    </message>
</context>
<context>
    <name>ApplicationText</name>
    <message>
        <source>Device address.</source>
        <translation>Geräteadresse.</translation>
    </message>
    <message>
        <source>Firmware file.</source>
        <translation>Firmware-Datei.</translation>
    </message>
    <message>
        <source>Updates the firmware of a groov EPIC or RIO.</source>
        <translation>Aktualisiert die Firmware eines groov EPIC oder RIO.</translation>
    </message>
    <message>
        <source>The language of this run: %1 (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>Die Sprache dieses Laufs: %1 (Standard: die in den Einstellungen gewählte, sonst die des Systems).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>SPRACHE</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>The API key comes from --api-key-file, --api-key, or the environment variable GROOV_API_KEY.
Without --fingerprint, --cacert or --insecure only certificates this computer trusts are accepted;
an untrusted device certificate is shown with the exact --fingerprint option to re-run with.

--follow watches an update already under way (after --no-wait, a lost contact or an interrupted run)
to its end: it sends no firmware and erases nothing.

Exit codes:
  0    success: updated; not verified (a warning); back factory-fresh after
       --no-preserve-settings; or handed over to the device (--no-wait)
  1    the device reported a failure (a failed stage, a refused request, settings lost)
  2    usage or bad input; nothing was sent
  3    unauthorized: check the API key (it must belong to an administrator)
  4    the device&apos;s certificate is not trusted or has changed; the key was not sent
  5    the device is unreachable or the network failed
  6    timed out waiting for the device
  7    the update succeeded, but output could not be written (a full disk, a closed pipe)
  130  cancelled (SIGINT, SIGTERM or SIGHUP)
</source>
        <translation>Der API-Schlüssel stammt aus --api-key-file, --api-key oder der Umgebungsvariablen GROOV_API_KEY.
Ohne --fingerprint, --cacert oder --insecure werden nur Zertifikate akzeptiert, denen dieser Computer vertraut;
bei einem nicht vertrauten Gerätezertifikat wird die genaue --fingerprint-Option für den erneuten Aufruf angezeigt.

--follow verfolgt ein bereits laufendes Update (nach --no-wait, einem Verbindungsverlust oder einem unterbrochenen
Lauf) bis zum Ende: Es sendet keine Firmware und löscht nichts.

Exit-Codes:
  0    Erfolg: aktualisiert; nicht bestätigt (eine Warnung); auf Werkseinstellungen zurückgesetzt nach
       --no-preserve-settings; oder an das Gerät übergeben (--no-wait)
  1    das Gerät hat einen Fehler gemeldet (fehlgeschlagene Phase, abgelehnte Anfrage, Einstellungen verloren)
  2    falsche Verwendung oder ungültige Eingabe; es wurde nichts gesendet
  3    nicht autorisiert: Prüfen Sie den API-Schlüssel (er muss zu einem Administrator gehören)
  4    dem Zertifikat des Geräts wird nicht vertraut, oder es hat sich geändert; der Schlüssel wurde nicht gesendet
  5    das Gerät ist nicht erreichbar, oder das Netzwerk ist ausgefallen
  6    Zeitüberschreitung beim Warten auf das Gerät
  7    das Update war erfolgreich, aber die Ausgabe konnte nicht geschrieben werden (volle Festplatte, geschlossene Pipe)
  130  abgebrochen (SIGINT, SIGTERM oder SIGHUP)
</translation>
    </message>
    <message>
        <source>%1 was given twice. Give it once.</source>
        <translation>%1 wurde zweimal angegeben. Geben Sie die Option nur einmal an.</translation>
    </message>
    <message>
        <source>%1 was given twice: %2. Give it once, with the value you mean.</source>
        <translation>%1 wurde zweimal angegeben: %2. Geben Sie die Option nur einmal an, mit dem gemeinten Wert.</translation>
    </message>
    <message>
        <source>Updates the firmware of an Opto 22 groov EPIC or groov RIO device.</source>
        <translation>Aktualisiert die Firmware eines Opto 22 groov EPIC oder groov RIO.</translation>
    </message>
    <message>
        <source>The device&apos;s address.</source>
        <translation>Die Adresse des Geräts.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>The firmware image.</source>
        <translation>Das Firmware-Image.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Read the API key from FILE (first line). A pipe only as /dev/fd/N, as from &lt;(secret-tool lookup ...); a named FIFO is refused.</source>
        <translation>API-Schlüssel aus DATEI lesen (erste Zeile). Eine Pipe nur als /dev/fd/N, etwa aus &lt;(secret-tool lookup ...); eine benannte FIFO wird abgelehnt.</translation>
    </message>
    <message>
        <source>The API key (warns: other users can see a command line).</source>
        <translation>Der API-Schlüssel (mit Warnung: andere Benutzer können eine Befehlszeile sehen).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>Trust the certificate with this SHA-256 fingerprint.</source>
        <translation>Dem Zertifikat mit diesem SHA-256-Fingerabdruck vertrauen.</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>Trust certificates signed by this PEM file.</source>
        <translation>Zertifikaten vertrauen, die von den Zertifikaten in dieser PEM-Datei signiert sind.</translation>
    </message>
    <message>
        <source>Skip certificate checks (warns every run).</source>
        <translation>Zertifikatsprüfungen überspringen (mit Warnung bei jedem Lauf).</translation>
    </message>
    <message>
        <source>Factory-reset the device&apos;s settings (needs --confirm-factory-reset).</source>
        <translation>Einstellungen des Geräts auf Werkseinstellungen zurücksetzen (erfordert --confirm-factory-reset).</translation>
    </message>
    <message>
        <source>Confirm --no-preserve-settings.</source>
        <translation>--no-preserve-settings bestätigen.</translation>
    </message>
    <message>
        <source>Pre-flight only: upload nothing.</source>
        <translation>Nur Vorabprüfung: nichts hochladen.</translation>
    </message>
    <message>
        <source>Stop once the device has accepted the whole image.</source>
        <translation>Beenden, sobald das Gerät das vollständige Image angenommen hat.</translation>
    </message>
    <message>
        <source>Deadline for the device&apos;s stages and restarts (default 45).</source>
        <translation>Zeitlimit für die Phasen und Neustarts des Geräts (Standard 45).</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTEN</translation>
    </message>
    <message>
        <source>Status poll interval (default 2).</source>
        <translation>Abfrageintervall für den Status (Standard 2).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Watch an update already under way to its end; send no firmware.</source>
        <translation>Ein bereits laufendes Update bis zum Ende verfolgen; keine Firmware senden.</translation>
    </message>
    <message>
        <source>With --follow: the version the device reported before the update, so a new one counts as proof.</source>
        <translation>Mit --follow: die Version, die das Gerät vor dem Update gemeldet hat, damit eine neue Version als Nachweis gilt.</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>Machine-readable events on stdout, one per line.</source>
        <translation>Maschinenlesbare Ereignisse auf stdout, eines pro Zeile.</translation>
    </message>
    <message>
        <source>Take address, trust and key from a profile saved by groov-update-gui.</source>
        <translation>Adresse, Vertrauen und Schlüssel aus einem von groov-update-gui gespeicherten Profil übernehmen.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Print only errors and the result.</source>
        <translation>Nur Fehler und das Ergebnis ausgeben.</translation>
    </message>
    <message>
        <source>Print more detail.</source>
        <translation>Mehr Details ausgeben.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (see --help).</source>
        <translation>Unerwartetes Argument &quot;%1&quot; (siehe --help).</translation>
    </message>
    <message>
        <source>Give either --quiet or --verbose, not both.</source>
        <translation>Geben Sie entweder --quiet oder --verbose an, nicht beides.</translation>
    </message>
    <message>
        <source>No device given: add --device ADDRESS (for example --device 10.0.0.5).</source>
        <translation>Kein Gerät angegeben: Fügen Sie --device ADRESSE hinzu (zum Beispiel --device 10.0.0.5).</translation>
    </message>
    <message>
        <source>--%1 does not go with --follow, which only watches an update already under way.</source>
        <translation>--%1 ist nicht mit --follow kombinierbar, das nur ein bereits laufendes Update beobachtet.</translation>
    </message>
    <message>
        <source>--confirm-factory-reset is not needed with --follow, which erases nothing; --no-preserve-settings alone says the device is expected back factory-fresh.</source>
        <translation>--confirm-factory-reset ist mit --follow nicht nötig, da dabei nichts gelöscht wird; --no-preserve-settings allein besagt, dass das Gerät nach dem Update auf Werkseinstellungen zurückgesetzt erwartet wird.</translation>
    </message>
    <message>
        <source>No firmware given: add --firmware FILE (the image from Opto 22 for this device), or --follow to watch an update already under way.</source>
        <translation>Keine Firmware angegeben: Fügen Sie --firmware DATEI hinzu (das Image von Opto 22 für dieses Gerät) oder --follow, um ein bereits laufendes Update zu beobachten.</translation>
    </message>
    <message>
        <source>--version-before only goes with --follow.</source>
        <translation>--version-before ist nur zusammen mit --follow möglich.</translation>
    </message>
    <message>
        <source>Give only one of --fingerprint, --cacert and --insecure.</source>
        <translation>Geben Sie nur eine der Optionen --fingerprint, --cacert und --insecure an.</translation>
    </message>
    <message>
        <source>Give only one of --api-key-file and --api-key.</source>
        <translation>Geben Sie nur eine der Optionen --api-key-file und --api-key an.</translation>
    </message>
    <message>
        <source>--api-key puts the key on the command line, where other users of this computer can see it. Prefer GROOV_API_KEY or --api-key-file.</source>
        <translation>--api-key legt den Schlüssel auf die Befehlszeile, wo andere Benutzer dieses Computers ihn sehen können. Verwenden Sie besser GROOV_API_KEY oder --api-key-file.</translation>
    </message>
    <message>
        <source>--no-preserve-settings erases the device&apos;s accounts, network settings and certificates; the device must then be commissioned again. Add --confirm-factory-reset if that is what you want.</source>
        <translation>--no-preserve-settings löscht die Konten, Netzwerkeinstellungen und Zertifikate des Geräts; das Gerät muss danach neu eingerichtet werden. Fügen Sie --confirm-factory-reset hinzu, wenn Sie genau das wollen.</translation>
    </message>
    <message>
        <source>--confirm-factory-reset only goes with --no-preserve-settings.</source>
        <translation>--confirm-factory-reset ist nur zusammen mit --no-preserve-settings möglich.</translation>
    </message>
    <message>
        <source>--timeout is in minutes: &quot;%1&quot; is less than a second, and the device&apos;s stages and restarts take minutes. Leave it out for the default of 45 minutes.</source>
        <translation>--timeout wird in Minuten angegeben: &quot;%1&quot; ist weniger als eine Sekunde, und die Phasen und Neustarts des Geräts dauern Minuten. Lassen Sie die Option weg, um den Standardwert von 45 Minuten zu verwenden.</translation>
    </message>
    <message>
        <source>%1 (see --help)</source>
        <translation>%1 (siehe --help)</translation>
    </message>
    <message>
        <source>%1 needs a number of minutes greater than 0 and at most %2, not &quot;%3&quot;.</source>
        <translation>%1 erwartet eine Anzahl Minuten größer als 0 und höchstens %2, nicht &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 needs a number of seconds greater than 0 and at most %2, not &quot;%3&quot;.</source>
        <translation>%1 erwartet eine Anzahl Sekunden größer als 0 und höchstens %2, nicht &quot;%3&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was given %n time(s). Give it once.</source>
        <translation>
            <numerusform>%1 wurde %n-mal angegeben. Geben Sie die Option nur einmal an.</numerusform>
            <numerusform>%1 wurde %n-mal angegeben. Geben Sie die Option nur einmal an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was given %n time(s): %2. Give it once, with the value you mean.</source>
        <translation>
            <numerusform>%1 wurde %n-mal angegeben: %2. Geben Sie die Option nur einmal an, mit dem gemeinten Wert.</numerusform>
            <numerusform>%1 wurde %n-mal angegeben: %2. Geben Sie die Option nur einmal an, mit dem gemeinten Wert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--poll-interval must be at least %n second(s), not &quot;%1&quot;: asking more often only loads the device while it updates. Leave it out for the default of 2 seconds.</source>
        <translation>
            <numerusform>--poll-interval muss mindestens %n Sekunde betragen, nicht &quot;%1&quot;: Häufigere Abfragen belasten das Gerät nur, während es sich aktualisiert. Lassen Sie die Option weg, um den Standardwert von 2 Sekunden zu verwenden.</numerusform>
            <numerusform>--poll-interval muss mindestens %n Sekunden betragen, nicht &quot;%1&quot;: Häufigere Abfragen belasten das Gerät nur, während es sich aktualisiert. Lassen Sie die Option weg, um den Standardwert von 2 Sekunden zu verwenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>--poll-interval must be at least %1 seconds, not &quot;%2&quot;: asking more often only loads the device while it updates. Leave it out for the default of 2 seconds.</source>
        <translation>--poll-interval muss mindestens %1 Sekunden betragen, nicht &quot;%2&quot;: Häufigere Abfragen belasten das Gerät nur, während es sich aktualisiert. Lassen Sie die Option weg, um den Standardwert von 2 Sekunden zu verwenden.</translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message>
        <source>Cancelling: %1</source>
        <translation>Abbruch: %1</translation>
    </message>
    <message>
        <source>No API key for profile &quot;%1&quot;: %2 Set GROOV_API_KEY or use --api-key-file.</source>
        <translation>Kein API-Schlüssel für das Profil &quot;%1&quot;: %2 Setzen Sie GROOV_API_KEY, oder verwenden Sie --api-key-file.</translation>
    </message>
    <message>
        <source>No API key for profile &quot;%1&quot;: the keychain holds none. Set GROOV_API_KEY or use --api-key-file.</source>
        <translation>Kein API-Schlüssel für das Profil &quot;%1&quot;: Der Schlüsselbund enthält keinen. Setzen Sie GROOV_API_KEY, oder verwenden Sie --api-key-file.</translation>
    </message>
</context>
<context>
    <name>ConsoleOutput</name>
    <message>
        <source>groov-update: cannot write to standard output (%1); the rest of what goes there is lost. An update under way goes on to its end; if it succeeds, the exit code is %2 instead of 0. Check where standard output goes (a full disk, a closed pipe).</source>
        <translation>groov-update: Schreiben in die Standardausgabe nicht möglich (%1); alles Weitere, was dorthin ausgegeben wird, geht verloren. Ein laufendes Update wird bis zum Ende fortgesetzt; ist es erfolgreich, lautet der Exit-Code %2 statt 0. Prüfen Sie, wohin die Standardausgabe geleitet wird (volle Festplatte, geschlossene Pipe).</translation>
    </message>
    <message>
        <source>groov-update: cannot write to standard error (%1); the rest of what goes there is lost. An update under way goes on to its end; if it succeeds, the exit code is %2 instead of 0. Check where standard error goes (a full disk, a closed pipe).</source>
        <translation>groov-update: Schreiben in die Standardfehlerausgabe nicht möglich (%1); alles Weitere, was dorthin ausgegeben wird, geht verloren. Ein laufendes Update wird bis zum Ende fortgesetzt; ist es erfolgreich, lautet der Exit-Code %2 statt 0. Prüfen Sie, wohin die Standardfehlerausgabe geleitet wird (volle Festplatte, geschlossene Pipe).</translation>
    </message>
</context>
<context>
    <name>DeviceAddress</name>
    <message>
        <source>No device address given. Type the device&apos;s host name or IP address, for example 10.0.0.5 or epic-01.local.</source>
        <translation>Keine Geräteadresse angegeben. Geben Sie den Hostnamen oder die IP-Adresse des Geräts ein, zum Beispiel 10.0.0.5 oder epic-01.local.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: it contains the control character %2 (a line break, tab or escape, perhaps pasted with it). Type only the host name or IP address, for example 10.0.0.5 or epic-01.local:8443.</source>
        <translation>Die Geräteadresse &quot;%1&quot; ist nicht verwendbar: Die Adresse enthält das Steuerzeichen %2 (einen Zeilenumbruch, Tabulator oder ein Escape-Zeichen, vielleicht beim Einfügen mitkopiert). Geben Sie nur den Hostnamen oder die IP-Adresse ein, zum Beispiel 10.0.0.5 oder epic-01.local:8443.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: it contains a space. Type only the host name or IP address, for example 10.0.0.5 or epic-01.local:8443.</source>
        <translation>Die Geräteadresse &quot;%1&quot; ist nicht verwendbar: Die Adresse enthält ein Leerzeichen. Geben Sie nur den Hostnamen oder die IP-Adresse ein, zum Beispiel 10.0.0.5 oder epic-01.local:8443.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: groov Manage only answers HTTPS; use https:// or just the address.</source>
        <translation>Die Geräteadresse &quot;%1&quot; ist nicht verwendbar: groov Manage antwortet nur über HTTPS; verwenden Sie https:// oder nur die Adresse.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: the scheme &quot;%2://&quot; is not supported. groov Manage answers HTTPS only; use https:// or just the address.</source>
        <translation>Die Geräteadresse &quot;%1&quot; ist nicht verwendbar: Das Schema &quot;%2://&quot; wird nicht unterstützt. groov Manage antwortet nur über HTTPS; verwenden Sie https:// oder nur die Adresse.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: the host name or IP address is missing. Type it after https://, for example https://10.0.0.5.</source>
        <translation>Die Geräteadresse &quot;%1&quot; ist nicht verwendbar: Der Hostname oder die IP-Adresse fehlt. Geben Sie die Adresse nach https:// ein, zum Beispiel https://10.0.0.5.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: it contains the path &quot;%2&quot;. The updater finds groov Manage by itself; type only the address, for example %3.</source>
        <translation>Die Geräteadresse &quot;%1&quot; ist nicht verwendbar: Die Adresse enthält den Pfad &quot;%2&quot;. Das Update-Programm findet groov Manage selbst; geben Sie nur die Adresse ein, zum Beispiel %3.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: it contains a query (&quot;?...&quot;). Type only the address, for example %2.</source>
        <translation>Die Geräteadresse &quot;%1&quot; ist nicht verwendbar: Die Adresse enthält eine Abfrage (&quot;?...&quot;). Geben Sie nur die Adresse ein, zum Beispiel %2.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: it contains a fragment (&quot;#...&quot;). Type only the address, for example %2.</source>
        <translation>Die Geräteadresse &quot;%1&quot; ist nicht verwendbar: Die Adresse enthält ein Fragment (&quot;#...&quot;). Geben Sie nur die Adresse ein, zum Beispiel %2.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: the host name or IP address is missing. Type it, for example 10.0.0.5.</source>
        <translation>Die Geräteadresse &quot;%1&quot; ist nicht verwendbar: Der Hostname oder die IP-Adresse fehlt. Geben Sie die Adresse ein, zum Beispiel 10.0.0.5.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: it contains a user name (&quot;...@&quot;). The updater signs in with the API key instead; type only the address, for example %2.</source>
        <translation>Die Geräteadresse &quot;%1&quot; ist nicht verwendbar: Die Adresse enthält einen Benutzernamen (&quot;...@&quot;). Das Update-Programm meldet sich stattdessen mit dem API-Schlüssel an; geben Sie nur die Adresse ein, zum Beispiel %2.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: the closing &quot;]&quot; of the IPv6 address is missing. Write it like [fe80::1] or [fe80::1]:8443.</source>
        <translation>Die Geräteadresse &quot;%1&quot; ist nicht verwendbar: Die schließende Klammer &quot;]&quot; der IPv6-Adresse fehlt. Schreiben Sie die Adresse in der Form [fe80::1] oder [fe80::1]:8443.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: unexpected text &quot;%2&quot; after the IPv6 address. Write it like [fe80::1] or [fe80::1]:8443.</source>
        <translation>Die Geräteadresse &quot;%1&quot; ist nicht verwendbar: unerwarteter Text &quot;%2&quot; nach der IPv6-Adresse. Schreiben Sie die Adresse in der Form [fe80::1] oder [fe80::1]:8443.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: &quot;%2&quot; inside the brackets is not a valid IPv6 address. Brackets are only for IPv6; type an IPv4 address or host name without them, for example 10.0.0.5.</source>
        <translation>Die Geräteadresse &quot;%1&quot; ist nicht verwendbar: &quot;%2&quot; in den eckigen Klammern ist keine gültige IPv6-Adresse. Eckige Klammern gelten nur für IPv6; geben Sie eine IPv4-Adresse oder einen Hostnamen ohne Klammern ein, zum Beispiel 10.0.0.5.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: it is neither a host name nor a valid IPv6 address. Put IPv6 addresses in brackets, for example [fe80::1]:8443.</source>
        <translation>Die Geräteadresse &quot;%1&quot; ist nicht verwendbar: Die Adresse ist weder ein Hostname noch eine gültige IPv6-Adresse. Setzen Sie IPv6-Adressen in eckige Klammern, zum Beispiel [fe80::1]:8443.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: an IPv6 address without brackets cannot carry a port, so &quot;%2&quot; is ambiguous. Write [%3]:%4 for port %4, or [%2] for that address.</source>
        <translation>Die Geräteadresse &quot;%1&quot; ist nicht verwendbar: Eine IPv6-Adresse ohne eckige Klammern kann keinen Port enthalten, daher ist &quot;%2&quot; mehrdeutig. Schreiben Sie [%3]:%4 für Port %4 oder [%2] für genau diese Adresse.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: the port after &quot;:&quot; is missing. Type a port number such as 8443, or leave out the &quot;:&quot; to use 443.</source>
        <translation>Die Geräteadresse &quot;%1&quot; ist nicht verwendbar: Der Port nach &quot;:&quot; fehlt. Geben Sie eine Portnummer wie 8443 ein, oder lassen Sie &quot;:&quot; weg, um Port 443 zu verwenden.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: the port &quot;%2&quot; is not a number. Type a port number between 1 and 65535, for example 8443.</source>
        <translation>Die Geräteadresse &quot;%1&quot; ist nicht verwendbar: Der Port &quot;%2&quot; ist keine Zahl. Geben Sie eine Portnummer zwischen 1 und 65535 ein, zum Beispiel 8443.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: the port %2 is out of range. Type a port number between 1 and 65535, or leave it out to use 443.</source>
        <translation>Die Geräteadresse &quot;%1&quot; ist nicht verwendbar: Der Port %2 liegt außerhalb des gültigen Bereichs. Geben Sie eine Portnummer zwischen 1 und 65535 ein, oder lassen Sie den Port weg, um 443 zu verwenden.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: the host name or IP address is missing. Type it before the port, for example 10.0.0.5:8443.</source>
        <translation>Die Geräteadresse &quot;%1&quot; ist nicht verwendbar: Der Hostname oder die IP-Adresse fehlt. Geben Sie die Adresse vor dem Port ein, zum Beispiel 10.0.0.5:8443.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: &quot;%2&quot; is written with characters that only look like digits or dots. Type the IP address with plain digits and dots, for example 10.0.0.5.</source>
        <translation>Die Geräteadresse &quot;%1&quot; ist nicht verwendbar: &quot;%2&quot; ist mit Zeichen geschrieben, die nur wie Ziffern oder Punkte aussehen. Geben Sie die IP-Adresse mit einfachen Ziffern und Punkten ein, zum Beispiel 10.0.0.5.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: the host name &quot;%2&quot; has characters outside plain ASCII. Type its ASCII form, %3, or use the IP address.</source>
        <translation>Die Geräteadresse &quot;%1&quot; ist nicht verwendbar: Der Hostname &quot;%2&quot; enthält Zeichen außerhalb von reinem ASCII. Geben Sie seine ASCII-Form %3 ein, oder verwenden Sie die IP-Adresse.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: the host name &quot;%2&quot; contains characters that are not allowed. Use letters, digits, &quot;-&quot; and &quot;.&quot;, or the IP address.</source>
        <translation>Die Geräteadresse &quot;%1&quot; ist nicht verwendbar: Der Hostname &quot;%2&quot; enthält unzulässige Zeichen. Verwenden Sie Buchstaben, Ziffern, &quot;-&quot; und &quot;.&quot; oder die IP-Adresse.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: the host name is %2 characters long; at most 253 are allowed. Check what was pasted, or use the IP address.</source>
        <translation>Die Geräteadresse &quot;%1&quot; ist nicht verwendbar: Der Hostname ist %2 Zeichen lang; zulässig sind höchstens 253. Prüfen Sie, was eingefügt wurde, oder verwenden Sie die IP-Adresse.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: the character &quot;%2&quot; is not allowed in a host name. Use letters, digits, &quot;-&quot; and &quot;.&quot;, or the IP address.</source>
        <translation>Die Geräteadresse &quot;%1&quot; ist nicht verwendbar: Das Zeichen &quot;%2&quot; ist in einem Hostnamen nicht zulässig. Verwenden Sie Buchstaben, Ziffern, &quot;-&quot; und &quot;.&quot; oder die IP-Adresse.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: the host name has an empty part between dots. Check for a doubled or leading &quot;.&quot;.</source>
        <translation>Die Geräteadresse &quot;%1&quot; ist nicht verwendbar: Der Hostname hat einen leeren Teil zwischen zwei Punkten. Prüfen Sie, ob ein &quot;.&quot; doppelt oder am Anfang steht.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: the part &quot;%2...&quot; of the host name is longer than 63 characters. Check what was pasted, or use the IP address.</source>
        <translation>Die Geräteadresse &quot;%1&quot; ist nicht verwendbar: Der Teil &quot;%2...&quot; des Hostnamens ist länger als 63 Zeichen. Prüfen Sie, was eingefügt wurde, oder verwenden Sie die IP-Adresse.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: a part of the host name starts or ends with &quot;-&quot;, which is not allowed. Check the spelling.</source>
        <translation>Die Geräteadresse &quot;%1&quot; ist nicht verwendbar: Ein Teil des Hostnamens beginnt oder endet mit &quot;-&quot;, was nicht zulässig ist. Prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: &quot;%2&quot; is not a valid host name. Check the spelling, or use the IP address.</source>
        <translation>Die Geräteadresse &quot;%1&quot; ist nicht verwendbar: &quot;%2&quot; ist kein gültiger Hostname. Prüfen Sie die Schreibweise, oder verwenden Sie die IP-Adresse.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: &quot;%2&quot; would be read as the IPv4 address %3. Write the IP address as four numbers from 0 to 255 separated by dots, for example 10.0.0.5.</source>
        <translation>Die Geräteadresse &quot;%1&quot; ist nicht verwendbar: &quot;%2&quot; würde als IPv4-Adresse %3 gelesen. Schreiben Sie die IP-Adresse als vier durch Punkte getrennte Zahlen von 0 bis 255, zum Beispiel 10.0.0.5.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: it is not a valid IPv4 address. Write four numbers from 0 to 255 separated by dots, without leading zeros, for example 10.0.0.5.</source>
        <translation>Die Geräteadresse &quot;%1&quot; ist nicht verwendbar: Die Adresse ist keine gültige IPv4-Adresse. Schreiben Sie vier durch Punkte getrennte Zahlen von 0 bis 255 ohne führende Nullen, zum Beispiel 10.0.0.5.</translation>
    </message>
</context>
<context>
    <name>DeviceCheck</name>
    <message>
        <source>The TLS handshake with %1 failed; nothing was sent. Check the address and port.</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen; es wurde nichts gesendet. Prüfen Sie Adresse und Port.</translation>
    </message>
    <message>
        <source>The device&apos;s certificate is not the pinned one: expected SHA-256 %1, got %2. Nothing was sent. If the device was reset or given a new certificate, check the new fingerprint in groov Manage before trusting it; otherwise someone may be intercepting the connection.</source>
        <translation>Das Zertifikat des Geräts ist nicht das gespeicherte: erwartet SHA-256 %1, erhalten %2. Es wurde nichts gesendet. Wurde das Gerät auf Werkseinstellungen zurückgesetzt oder hat es ein neues Zertifikat erhalten, prüfen Sie den neuen Fingerabdruck in groov Manage, bevor Sie ihm vertrauen; andernfalls könnte ein Abfangen der Verbindung vorliegen.</translation>
    </message>
    <message>
        <source>The device&apos;s certificate expired on %1. Nothing was sent. Renew the certificate in groov Manage; until then you can trust exactly this certificate by pinning its SHA-256 fingerprint %2 (compare it with the one groov Manage shows first).</source>
        <translation>Das Zertifikat des Geräts ist am %1 abgelaufen. Es wurde nichts gesendet. Erneuern Sie das Zertifikat in groov Manage; bis dahin können Sie genau diesem Zertifikat vertrauen, indem Sie seinen SHA-256-Fingerabdruck %2 speichern (vergleichen Sie ihn vorher mit dem in groov Manage angezeigten).</translation>
    </message>
    <message>
        <source>The device&apos;s certificate is not valid for %1: it names %2. Nothing was sent. Connect with a name or address the certificate lists, or give the device a certificate for this one. Its SHA-256 fingerprint is %3.</source>
        <translation>Das Zertifikat des Geräts ist für %1 nicht gültig: Es nennt %2. Es wurde nichts gesendet. Verbinden Sie sich über einen Namen oder eine Adresse, die im Zertifikat aufgeführt ist, oder geben Sie dem Gerät ein Zertifikat für diesen Namen oder diese Adresse. Sein SHA-256-Fingerabdruck ist %3.</translation>
    </message>
    <message>
        <source>The device&apos;s certificate is not trusted (%1). Nothing was sent. Its SHA-256 fingerprint is %2: compare it with the one groov Manage shows, then trust (pin) it.</source>
        <translation>Dem Zertifikat des Geräts wird nicht vertraut (%1). Es wurde nichts gesendet. Sein SHA-256-Fingerabdruck ist %2: Vergleichen Sie ihn mit dem in groov Manage angezeigten, und vertrauen Sie dem Zertifikat dann (speichern).</translation>
    </message>
    <message>
        <source>Cannot reach the device at %1: %2. %3</source>
        <translation>Das Gerät unter %1 ist nicht erreichbar: %2. %3</translation>
    </message>
    <message>
        <source>The device&apos;s certificate expired on %1. It is still trusted because it is exactly the certificate you pinned; renew the certificate in groov Manage, then pin the new one.</source>
        <translation>Das Zertifikat des Geräts ist am %1 abgelaufen. Ihm wird weiterhin vertraut, weil es genau das Zertifikat ist, das Sie gespeichert haben; erneuern Sie das Zertifikat in groov Manage, und speichern Sie dann das neue.</translation>
    </message>
    <message>
        <source>The device does not report its model (older firmware); continuing with model unknown.</source>
        <translation>Das Gerät meldet sein Modell nicht (ältere Firmware); es wird mit unbekanntem Modell fortgefahren.</translation>
    </message>
    <message>
        <source>Checking the device failed: %1</source>
        <translation>Die Prüfung des Geräts ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Device: %1, reported version %2</source>
        <translation>Gerät: %1, gemeldete Version %2</translation>
    </message>
    <message>
        <source>The device&apos;s description was not understood (%1); continuing with model unknown.</source>
        <translation>Die Beschreibung des Geräts wurde nicht verstanden (%1); es wird mit unbekanntem Modell fortgefahren.</translation>
    </message>
    <message>
        <source>Device: model unknown, reported version unknown</source>
        <translation>Gerät: Modell unbekannt, gemeldete Version unbekannt</translation>
    </message>
    <message>
        <source>Device: model unknown, reported version %1</source>
        <translation>Gerät: Modell unbekannt, gemeldete Version %1</translation>
    </message>
    <message>
        <source>Device: %1, reported version unknown</source>
        <translation>Gerät: %1, gemeldete Version unbekannt</translation>
    </message>
    <message>
        <source>The device&apos;s certificate is not valid for %1: it names no host. Nothing was sent. Give the device a certificate for this name or address. Its SHA-256 fingerprint is %2.</source>
        <translation>Das Zertifikat des Geräts ist für %1 nicht gültig: Es nennt keinen Host. Es wurde nichts gesendet. Geben Sie dem Gerät ein Zertifikat für diesen Namen oder diese Adresse. Sein SHA-256-Fingerabdruck ist %2.</translation>
    </message>
    <message>
        <source>Cannot reach the device at %1: no answer within %2 s (the connection or its TLS handshake never completed, or the device answered too slowly). %3</source>
        <translation>Das Gerät unter %1 ist nicht erreichbar: keine Antwort innerhalb von %2 s (die Verbindung oder ihr TLS-Handshake wurde nie abgeschlossen, oder das Gerät hat zu langsam geantwortet). %3</translation>
    </message>
    <message>
        <source>Cannot reach the device at %1: no answer within %2 s (the connection or its TLS handshake never completed, or the device stopped answering). %3</source>
        <translation>Das Gerät unter %1 ist nicht erreichbar: keine Antwort innerhalb von %2 s (die Verbindung oder ihr TLS-Handshake wurde nie abgeschlossen, oder das Gerät antwortet nicht mehr). %3</translation>
    </message>
    <message>
        <source>Cannot reach the device at %1: no answer (timed out). %2</source>
        <translation>Das Gerät unter %1 ist nicht erreichbar: keine Antwort (Zeitüberschreitung). %2</translation>
    </message>
    <message>
        <source>Cannot reach the device at %1: the connection was refused (nothing accepts connections on that port). %2</source>
        <translation>Das Gerät unter %1 ist nicht erreichbar: Die Verbindung wurde abgelehnt (an diesem Port nimmt nichts Verbindungen an). %2</translation>
    </message>
    <message>
        <source>Cannot reach the device at %1: the host name was not found. %2</source>
        <translation>Das Gerät unter %1 ist nicht erreichbar: Der Hostname wurde nicht gefunden. %2</translation>
    </message>
    <message>
        <source>Cannot reach the device at %1: the device closed the connection. %2</source>
        <translation>Das Gerät unter %1 ist nicht erreichbar: Das Gerät hat die Verbindung geschlossen. %2</translation>
    </message>
</context>
<context>
    <name>DeviceInfo</name>
    <message>
        <source>The device&apos;s answer to the information request was not understood (expected a JSON object). Check that the address belongs to a groov EPIC or groov RIO.</source>
        <translation>Die Antwort des Geräts auf die Informationsanfrage wurde nicht verstanden (JSON-Objekt erwartet). Prüfen Sie, ob die Adresse zu einem groov EPIC oder groov RIO gehört.</translation>
    </message>
    <message>
        <source>groov EPIC</source>
        <translation>groov EPIC</translation>
    </message>
    <message>
        <source>groov RIO</source>
        <translation>groov RIO</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>&amp;Manage...</source>
        <translation>&amp;Verwalten...</translation>
    </message>
    <message>
        <source>Device &amp;address:</source>
        <translation>Geräte&amp;adresse:</translation>
    </message>
    <message>
        <source>10.0.0.5, epic-01.local or https://epic-01:8443</source>
        <translation>10.0.0.5, epic-01.local oder https://epic-01:8443</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>The API key of an administrator account</source>
        <translation>Der API-Schlüssel eines Administratorkontos</translation>
    </message>
    <message>
        <source>P&amp;reserve the device&apos;s settings (recommended)</source>
        <translation>Einstellungen des Geräts &amp;beibehalten (empfohlen)</translation>
    </message>
    <message>
        <source>&amp;Check device</source>
        <translation>&amp;Gerät prüfen</translation>
    </message>
    <message>
        <source>Sa&amp;ve as profile...</source>
        <translation>Als Profil spei&amp;chern...</translation>
    </message>
    <message>
        <source>&amp;Fleet...</source>
        <translation>&amp;Flotte...</translation>
    </message>
    <message>
        <source>Update many devices at once, from a plan or saved profiles</source>
        <translation>Viele Geräte auf einmal aktualisieren, aus einem Plan oder aus gespeicherten Profilen</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>A&amp;nzeigen</translation>
    </message>
</context>
<context>
    <name>ErrorMarkup</name>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
</context>
<context>
    <name>FactoryResetConfirmation</name>
    <message>
        <source>Not preserving settings erases the device&apos;s user accounts, network settings, certificates and the rest of its configuration. It comes back factory-fresh, possibly at another address, and must be commissioned again (a new administrator account and API key).</source>
        <translation>Werden die Einstellungen nicht beibehalten, werden die Benutzerkonten, Netzwerkeinstellungen, Zertifikate und die übrige Konfiguration des Geräts gelöscht. Das Gerät ist danach auf Werkseinstellungen zurückgesetzt, möglicherweise unter einer anderen Adresse, und muss neu eingerichtet werden (neues Administratorkonto und neuer API-Schlüssel).</translation>
    </message>
    <message numerus="yes">
        <source>erase %n device(s)</source>
        <translation>
            <numerusform>%n Gerät löschen</numerusform>
            <numerusform>%n Geräte löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Factory reset of every device</source>
        <translation>Zurücksetzen auf Werkseinstellungen für alle Geräte</translation>
    </message>
    <message>
        <source>%1 This plan does it to every device in it. To confirm, type: %2</source>
        <translation>%1 Dieser Plan tut dies bei jedem seiner Geräte. Geben Sie zur Bestätigung ein: %2</translation>
    </message>
</context>
<context>
    <name>FirmwareImage</name>
    <message>
        <source>Choose the firmware file downloaded from Opto 22, or download it again.</source>
        <translation>Wählen Sie die von Opto 22 heruntergeladene Firmware-Datei, oder laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>No firmware file given. Choose the firmware file downloaded from Opto 22.</source>
        <translation>Keine Firmware-Datei angegeben. Wählen Sie die von Opto 22 heruntergeladene Firmware-Datei.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; was removed or moved during the update. Put it back and start the update again.</source>
        <translation>Die Firmware-Datei &quot;%1&quot; wurde während des Updates entfernt oder verschoben. Stellen Sie sie wieder an ihren Platz, und starten Sie das Update erneut.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; was replaced by something that is not a file. Start the update again.</source>
        <translation>Die Firmware-Datei &quot;%1&quot; wurde durch etwas ersetzt, das keine Datei ist. Starten Sie das Update erneut.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; changed size during the update (was %2 bytes, now %3 bytes). Wait until it is completely downloaded or copied, then start the update again.</source>
        <translation>Die Größe der Firmware-Datei &quot;%1&quot; hat sich während des Updates geändert (vorher %2 Byte, jetzt %3 Byte). Warten Sie, bis sie vollständig heruntergeladen oder kopiert ist, und starten Sie das Update dann erneut.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; was modified during the update. Make sure nothing writes to it, then start the update again.</source>
        <translation>Die Firmware-Datei &quot;%1&quot; wurde während des Updates geändert. Stellen Sie sicher, dass nichts in die Datei schreibt, und starten Sie das Update dann erneut.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; can no longer be read (%2). Check its permissions and start the update again.</source>
        <translation>Die Firmware-Datei &quot;%1&quot; kann nicht mehr gelesen werden (%2). Prüfen Sie ihre Berechtigungen, und starten Sie das Update erneut.</translation>
    </message>
</context>
<context>
    <name>FirmwarePage</name>
    <message>
        <source>Firmware &amp;file:</source>
        <translation>&amp;Firmware-Datei:</translation>
    </message>
    <message>
        <source>The firmware image from Opto 22 for this device</source>
        <translation>Das Firmware-Image von Opto 22 für dieses Gerät</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>&amp;Expected SHA-256:</source>
        <translation>&amp;Erwarteter SHA-256:</translation>
    </message>
    <message>
        <source>Optional: paste it from the download page to compare</source>
        <translation>Optional: zum Vergleich von der Download-Seite einfügen</translation>
    </message>
    <message>
        <source>B&amp;rowse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
</context>
<context>
    <name>FirmwareVersion</name>
    <message>
        <source>%1 (from the file name)</source>
        <translation>%1 (laut Dateiname)</translation>
    </message>
    <message>
        <source>%1 (from the file name): an upgrade from the device&apos;s %2</source>
        <translation>%1 (laut Dateiname): ein Upgrade von der Geräteversion %2</translation>
    </message>
    <message>
        <source>%1 (from the file name): a reinstall of the device&apos;s %2</source>
        <translation>%1 (laut Dateiname): eine erneute Installation der Geräteversion %2</translation>
    </message>
    <message>
        <source>%1 (from the file name): a downgrade from the device&apos;s %2</source>
        <translation>%1 (laut Dateiname): ein Downgrade von der Geräteversion %2</translation>
    </message>
</context>
<context>
    <name>FleetCommand</name>
    <message>
        <source>The plan turns &quot;preserveSettings&quot; off: every device in it would be reset to its factory settings and lose its configuration. Add --confirm-factory-reset if that is what you want.</source>
        <translation>Der Plan schaltet &quot;preserveSettings&quot; aus: Jedes Gerät darin würde auf Werkseinstellungen zurückgesetzt und seine Konfiguration verlieren. Fügen Sie --confirm-factory-reset hinzu, wenn Sie genau das wollen.</translation>
    </message>
</context>
<context>
    <name>FleetCommandLine</name>
    <message>
        <source>Updates the groov devices of a fleet plan, in waves (docs/fleet.md).</source>
        <translation>Aktualisiert die groov-Geräte eines Flottenplans in Wellen (docs/fleet.md).</translation>
    </message>
    <message>
        <source>The fleet plan (JSON).</source>
        <translation>Der Flottenplan (JSON).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Machine-readable events on stdout, one per line.</source>
        <translation>Maschinenlesbare Ereignisse auf stdout, eines pro Zeile.</translation>
    </message>
    <message>
        <source>Check every device; update none.</source>
        <translation>Jedes Gerät prüfen; keines aktualisieren.</translation>
    </message>
    <message>
        <source>Update devices that already run the target.</source>
        <translation>Geräte aktualisieren, auf denen die Zielversion bereits läuft.</translation>
    </message>
    <message>
        <source>Update devices that run a newer version than the target.</source>
        <translation>Geräte aktualisieren, auf denen eine neuere Version als die Zielversion läuft.</translation>
    </message>
    <message>
        <source>Confirm a plan with &quot;preserveSettings&quot;: false (every device loses its settings).</source>
        <translation>Einen Plan mit &quot;preserveSettings&quot;: false bestätigen (jedes Gerät verliert seine Einstellungen).</translation>
    </message>
    <message>
        <source>Write the JSON report here, and the CSV beside it (default: the history folder).</source>
        <translation>Den JSON-Bericht hierhin schreiben, die CSV-Datei daneben (Standard: der Verlaufsordner).</translation>
    </message>
    <message>
        <source>Print only errors and the result.</source>
        <translation>Nur Fehler und das Ergebnis ausgeben.</translation>
    </message>
    <message>
        <source>Print every device&apos;s log.</source>
        <translation>Das Protokoll jedes Geräts ausgeben.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (see --help).</source>
        <translation>Unerwartetes Argument &quot;%1&quot; (siehe --help).</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 ist mehrfach angegeben.</translation>
    </message>
    <message>
        <source>Give either --quiet or --verbose, not both.</source>
        <translation>Geben Sie entweder --quiet oder --verbose an, nicht beides.</translation>
    </message>
    <message>
        <source>%1 With --plan, the plan names the devices, the firmware and the trust (see groov-update --plan FILE --help).</source>
        <translation>%1 Mit --plan nennt der Plan die Geräte, die Firmware und die Vertrauenseinstellung (siehe groov-update --plan DATEI --help).</translation>
    </message>
</context>
<context>
    <name>FleetDeviceCsv</name>
    <message>
        <source>The device list is larger than %1 KiB: split it into several lists.</source>
        <translation>Die Geräteliste ist größer als %1 KiB: Teilen Sie sie in mehrere Listen auf.</translation>
    </message>
    <message>
        <source>The device list is not UTF-8 text. Save it from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation>Die Geräteliste ist kein UTF-8-Text. Speichern Sie sie aus der Tabellenkalkulation im Format &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>The device list is empty. Its first line names the columns (such as name,address,apiKeyFile), and each further line is a device.</source>
        <translation>Die Geräteliste ist leer. Ihre erste Zeile benennt die Spalten (etwa name,address,apiKeyFile), jede weitere Zeile ist ein Gerät.</translation>
    </message>
    <message>
        <source>The device list must hold 1 to %1 devices, one a line after the line that names the columns; it holds %2.</source>
        <translation>Die Geräteliste muss 1 bis %1 Geräte enthalten, eines pro Zeile nach der Zeile mit den Spaltennamen; sie enthält %2.</translation>
    </message>
    <message>
        <source>CSV line %1: %2</source>
        <translation>CSV-Zeile %1: %2</translation>
    </message>
    <message>
        <source>CSV line %1, column &quot;%2&quot;: %3</source>
        <translation>CSV-Zeile %1, Spalte &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>Text follows a quoted cell&apos;s closing quote. Put the whole cell in double quotes, and double every quote inside it (&quot;&quot;).</source>
        <translation>Nach dem schließenden Anführungszeichen einer Zelle folgt Text. Setzen Sie die ganze Zelle in doppelte Anführungszeichen, und verdoppeln Sie jedes Anführungszeichen darin (&quot;&quot;).</translation>
    </message>
    <message>
        <source>A cell holds a double quote but does not start with one. Put the whole cell in double quotes, and double every quote inside it (&quot;&quot;).</source>
        <translation>Eine Zelle enthält ein doppeltes Anführungszeichen, beginnt aber nicht mit einem. Setzen Sie die ganze Zelle in doppelte Anführungszeichen, und verdoppeln Sie jedes Anführungszeichen darin (&quot;&quot;).</translation>
    </message>
    <message>
        <source>A cell opens a double quote that is never closed. Close it, or double the quote (&quot;&quot;) if it is part of the text.</source>
        <translation>Eine Zelle öffnet ein doppeltes Anführungszeichen, das nie geschlossen wird. Schließen Sie es, oder verdoppeln Sie das Anführungszeichen (&quot;&quot;), wenn es Teil des Textes ist.</translation>
    </message>
    <message>
        <source>A device list has no such column (a typo?). The columns are: %1.</source>
        <translation>Eine Geräteliste hat keine solche Spalte (Tippfehler?). Die Spalten sind: %1.</translation>
    </message>
    <message>
        <source>The column is there twice: keep one of them.</source>
        <translation>Die Spalte ist doppelt vorhanden: Behalten Sie nur eine davon.</translation>
    </message>
    <message>
        <source>The first line must name the columns, and &quot;%1&quot; is not among them. For example: name,address,fingerprint,apiKeyFile</source>
        <translation>Die erste Zeile muss die Spalten benennen, und &quot;%1&quot; ist nicht darunter. Zum Beispiel: name,address,fingerprint,apiKeyFile</translation>
    </message>
    <message>
        <source>The line has %1 cells where the first line names %2 columns. A cell that holds a comma needs double quotes around it, such as &quot;Press, line 2&quot;.</source>
        <translation>Die Zeile hat %1 Zellen, die erste Zeile benennt aber %2 Spalten. Eine Zelle, die ein Komma enthält, muss in doppelten Anführungszeichen stehen, etwa &quot;Presse, Linie 2&quot;.</translation>
    </message>
    <message>
        <source>The line gives both %1 and %2: a device&apos;s key is in one place, so fill in one of them.</source>
        <translation>Die Zeile gibt sowohl %1 als auch %2 an: Der Schlüssel eines Geräts liegt an genau einer Stelle, füllen Sie also nur eine der beiden Spalten aus.</translation>
    </message>
    <message>
        <source>Give a device list saved as CSV, its first line naming the columns (docs/fleet.md).</source>
        <translation>Geben Sie eine als CSV gespeicherte Geräteliste an, deren erste Zeile die Spalten benennt (docs/fleet.md).</translation>
    </message>
</context>
<context>
    <name>FleetLiveBlock</name>
    <message>
        <source>(%1% of its update)</source>
        <translation>(%1 % des Updates)</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more: %1</source>
        <translation>
            <numerusform>... und %n weiteres Gerät: %1</numerusform>
            <numerusform>... und %n weitere Geräte: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <comment>devices in this state</comment>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checking</source>
        <comment>devices in this state</comment>
        <translation>
            <numerusform>%n wird geprüft</numerusform>
            <numerusform>%n werden geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n before hook</source>
        <comment>devices in this state</comment>
        <translation>
            <numerusform>%n im before-Hook</numerusform>
            <numerusform>%n im before-Hook</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updating</source>
        <comment>devices in this state</comment>
        <translation>
            <numerusform>%n wird aktualisiert</numerusform>
            <numerusform>%n werden aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n after hook</source>
        <comment>devices in this state</comment>
        <translation>
            <numerusform>%n im after-Hook</numerusform>
            <numerusform>%n im after-Hook</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>devices in this state</comment>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <comment>devices in this state</comment>
        <translation>
            <numerusform>%n erfolgreich</numerusform>
            <numerusform>%n erfolgreich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>devices in this state</comment>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started</source>
        <comment>devices in this state</comment>
        <translation>
            <numerusform>%n nicht gestartet</numerusform>
            <numerusform>%n nicht gestartet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <comment>devices in this state</comment>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetPlan</name>
    <message>
        <source>%1 holds control characters: use letters, digits, spaces and punctuation.</source>
        <translation>%1 enthält Steuerzeichen: Verwenden Sie Buchstaben, Ziffern, Leerzeichen und Satzzeichen.</translation>
    </message>
    <message>
        <source>%1 is already the name of another device: names must tell devices apart.</source>
        <translation>%1 ist bereits der Name eines anderen Geräts: Die Namen müssen die Geräte eindeutig unterscheiden.</translation>
    </message>
    <message>
        <source>%1 is already another device&apos;s address: a device is updated once per run.</source>
        <translation>%1 ist bereits die Adresse eines anderen Geräts: Ein Gerät wird pro Lauf nur einmal aktualisiert.</translation>
    </message>
    <message>
        <source>The hook %1 is not a program that can be run. Check the path (relative paths start at the plan&apos;s folder) and its permissions (chmod +x).</source>
        <translation>Der Hook %1 ist kein ausführbares Programm. Prüfen Sie den Pfad (relative Pfade beginnen im Ordner des Plans) und die Berechtigungen (chmod +x).</translation>
    </message>
    <message>
        <source>The plan is not valid JSON: %1 at character %2.</source>
        <translation>Der Plan ist kein gültiges JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>The plan must be a JSON object: { &quot;firmware&quot;: ..., &quot;devices&quot;: [...] }.</source>
        <translation>Der Plan muss ein JSON-Objekt sein: { &quot;firmware&quot;: ..., &quot;devices&quot;: [...] }.</translation>
    </message>
    <message>
        <source>%1 is not a firmware version such as &quot;4.1.0&quot; or &quot;4.1.0-b.42&quot;.</source>
        <translation>%1 ist keine Firmware-Version wie &quot;4.1.0&quot; oder &quot;4.1.0-b.42&quot;.</translation>
    </message>
    <message>
        <source>Plan field %1: %2</source>
        <translation>Planfeld %1: %2</translation>
    </message>
    <message>
        <source>There is no such field here. The fields here are: %1.</source>
        <translation>Dieses Feld gibt es hier nicht. Die Felder hier sind: %1.</translation>
    </message>
    <message>
        <source>The value is missing.</source>
        <translation>Der Wert fehlt.</translation>
    </message>
    <message>
        <source>The value must be text in double quotes.</source>
        <translation>Der Wert muss Text in doppelten Anführungszeichen sein.</translation>
    </message>
    <message>
        <source>The value is empty: give a value or leave the field out.</source>
        <translation>Der Wert ist leer: Geben Sie einen Wert an, oder lassen Sie das Feld weg.</translation>
    </message>
    <message>
        <source>The value is longer than %1 characters.</source>
        <translation>Der Wert ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The value must be true or false, without quotes.</source>
        <translation>Der Wert muss true oder false sein, ohne Anführungszeichen.</translation>
    </message>
    <message>
        <source>The value must be a whole number from %1 to %2, without quotes.</source>
        <translation>Der Wert muss eine ganze Zahl von %1 bis %2 sein, ohne Anführungszeichen.</translation>
    </message>
    <message>
        <source>The value must be a number from %1 to %2, without quotes.</source>
        <translation>Der Wert muss eine Zahl von %1 bis %2 sein, ohne Anführungszeichen.</translation>
    </message>
    <message>
        <source>The value must be a number of devices (1 or more, without quotes) or a percentage of all the plan&apos;s devices in quotes, such as &quot;25%&quot;.</source>
        <translation>Der Wert muss eine Anzahl von Geräten (1 oder mehr, ohne Anführungszeichen) oder ein Prozentsatz aller Geräte des Plans in Anführungszeichen sein, etwa &quot;25%&quot;.</translation>
    </message>
    <message>
        <source>The value must say where the key is: {&quot;env&quot;: &quot;VARIABLE&quot;}, {&quot;file&quot;: &quot;path&quot;} or {&quot;profile&quot;: true}. Never write the key itself into a plan.</source>
        <translation>Der Wert muss angeben, wo der Schlüssel liegt: {&quot;env&quot;: &quot;VARIABLE&quot;}, {&quot;file&quot;: &quot;Pfad&quot;} oder {&quot;profile&quot;: true}. Schreiben Sie niemals den Schlüssel selbst in einen Plan.</translation>
    </message>
    <message>
        <source>The value can only be true, and only for a device with a &quot;profile&quot;.</source>
        <translation>Der Wert kann nur true sein, und nur für ein Gerät mit &quot;profile&quot;.</translation>
    </message>
    <message>
        <source>The value is not the name of an environment variable (letters, digits and _, not starting with a digit). It is not repeated here: it may be a key.</source>
        <translation>Der Wert ist nicht der Name einer Umgebungsvariablen (Buchstaben, Ziffern und _, nicht mit einer Ziffer beginnend). Er wird hier nicht wiederholt: Es könnte ein Schlüssel sein.</translation>
    </message>
    <message>
        <source>A device must be an object such as {&quot;name&quot;: &quot;line-1&quot;, &quot;address&quot;: &quot;10.0.0.5&quot;}.</source>
        <translation>Ein Gerät muss ein Objekt sein, etwa {&quot;name&quot;: &quot;line-1&quot;, &quot;address&quot;: &quot;10.0.0.5&quot;}.</translation>
    </message>
    <message>
        <source>A hook must be an object such as {&quot;command&quot;: [&quot;/usr/local/bin/backup&quot;, &quot;--all&quot;], &quot;timeoutSeconds&quot;: 600}.</source>
        <translation>Ein Hook muss ein Objekt sein, etwa {&quot;command&quot;: [&quot;/usr/local/bin/backup&quot;, &quot;--all&quot;], &quot;timeoutSeconds&quot;: 600}.</translation>
    </message>
    <message>
        <source>The command must be a list: the program, then its arguments, each in quotes. It runs without a shell.</source>
        <translation>Der Befehl muss eine Liste sein: das Programm, dann seine Argumente, jedes in Anführungszeichen. Er wird ohne Shell ausgeführt.</translation>
    </message>
    <message>
        <source>Each word of the command must be text in quotes.</source>
        <translation>Jedes Wort des Befehls muss Text in Anführungszeichen sein.</translation>
    </message>
    <message>
        <source>The value must be &quot;stdin&quot; (the hook reads the key on its standard input) or &quot;none&quot;.</source>
        <translation>Der Wert muss &quot;stdin&quot; (der Hook liest den Schlüssel von seiner Standardeingabe) oder &quot;none&quot; sein.</translation>
    </message>
    <message>
        <source>The plan file %1 is not used: %2 belongs to another user of this computer, who could then receive the devices&apos; API keys. Use a copy in a folder of your own.</source>
        <translation>Die Plandatei %1 wird nicht verwendet: %2 gehört einem anderen Benutzer dieses Computers, der dann die API-Schlüssel der Geräte erhalten könnte. Verwenden Sie eine Kopie in einem eigenen Ordner.</translation>
    </message>
    <message>
        <source>The device list %1 is not used: %2 belongs to another user of this computer, who could then receive the devices&apos; API keys. Use a copy in a folder of your own.</source>
        <translation>Die Geräteliste %1 wird nicht verwendet: %2 gehört einem anderen Benutzer dieses Computers, der dann die API-Schlüssel der Geräte erhalten könnte. Verwenden Sie eine Kopie in einem eigenen Ordner.</translation>
    </message>
    <message>
        <source>The hook %1 is not run: %2 belongs to another user of this computer, who could then receive the devices&apos; API keys. Use a copy in a folder of your own.</source>
        <translation>Der Hook %1 wird nicht ausgeführt: %2 gehört einem anderen Benutzer dieses Computers, der dann die API-Schlüssel der Geräte erhalten könnte. Verwenden Sie eine Kopie in einem eigenen Ordner.</translation>
    </message>
    <message>
        <source>The plan file %1 is not used: other users of this computer can change %2, and could then receive the devices&apos; API keys. Make it private: chmod go-w %3</source>
        <translation>Die Plandatei %1 wird nicht verwendet: Andere Benutzer dieses Computers können %2 ändern und könnten dann die API-Schlüssel der Geräte erhalten. Entziehen Sie ihnen die Schreibrechte: chmod go-w %3</translation>
    </message>
    <message>
        <source>The device list %1 is not used: other users of this computer can change %2, and could then receive the devices&apos; API keys. Make it private: chmod go-w %3</source>
        <translation>Die Geräteliste %1 wird nicht verwendet: Andere Benutzer dieses Computers können %2 ändern und könnten dann die API-Schlüssel der Geräte erhalten. Entziehen Sie ihnen die Schreibrechte: chmod go-w %3</translation>
    </message>
    <message>
        <source>The hook %1 is not run: other users of this computer can change %2, and could then receive the devices&apos; API keys. Make it private: chmod go-w %3</source>
        <translation>Der Hook %1 wird nicht ausgeführt: Andere Benutzer dieses Computers können %2 ändern und könnten dann die API-Schlüssel der Geräte erhalten. Entziehen Sie ihnen die Schreibrechte: chmod go-w %3</translation>
    </message>
    <message>
        <source>Give the fleet plan, a JSON file (docs/fleet.md).</source>
        <translation>Geben Sie den Flottenplan an, eine JSON-Datei (docs/fleet.md).</translation>
    </message>
    <message>
        <source>The value must be 1, without quotes: this groov-update reads plans of version 1.</source>
        <translation>Der Wert muss 1 sein, ohne Anführungszeichen: Diese Version von groov-update liest Pläne der Version 1.</translation>
    </message>
    <message>
        <source>The value must be the 64 hexadecimal digits of the firmware file&apos;s SHA-256, as Opto 22 publishes it.</source>
        <translation>Der Wert muss aus den 64 Hexadezimalziffern des SHA-256 der Firmware-Datei bestehen, wie Opto 22 ihn veröffentlicht.</translation>
    </message>
    <message>
        <source>The value must be a list of 1 to %1 devices: [{&quot;name&quot;: &quot;line-1&quot;, &quot;address&quot;: &quot;10.0.0.5&quot;}, ...].</source>
        <translation>Der Wert muss eine Liste von 1 bis %1 Geräten sein: [{&quot;name&quot;: &quot;line-1&quot;, &quot;address&quot;: &quot;10.0.0.5&quot;}, ...].</translation>
    </message>
    <message>
        <source>The value must be a list of wave sizes, such as [1, 5, &quot;25%&quot;]: the first wave is the canary, and a last wave takes whatever remains.</source>
        <translation>Der Wert muss eine Liste von Wellengrößen sein, etwa [1, 5, &quot;25%&quot;]: Die erste Welle ist die Pilotwelle, eine letzte Welle übernimmt alle übrigen Geräte.</translation>
    </message>
    <message>
        <source>The value must be an object with &quot;before&quot; and/or &quot;after&quot;.</source>
        <translation>Der Wert muss ein Objekt mit &quot;before&quot; und/oder &quot;after&quot; sein.</translation>
    </message>
</context>
<context>
    <name>FleetProfilesDialog</name>
    <message>
        <source>Fleet from saved profiles</source>
        <translation>Flotte aus gespeicherten Profilen</translation>
    </message>
    <message>
        <source>&amp;Devices to update (their address, trust and keychain entry come from the profile):</source>
        <translation>Zu aktualisierende &amp;Geräte (Adresse, Vertrauen und Schlüsselbundeintrag stammen aus dem Profil):</translation>
    </message>
    <message>
        <source>&amp;Firmware:</source>
        <translation>&amp;Firmware:</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>&amp;Uploads at once:</source>
        <translation>Gleichzeitig &amp;hochladen:</translation>
    </message>
    <message>
        <source>P&amp;reserve the devices&apos; settings (recommended)</source>
        <translation>Einstellungen der Geräte &amp;beibehalten (empfohlen)</translation>
    </message>
</context>
<context>
    <name>FleetReport</name>
    <message>
        <source>Could not write the report %1: %2</source>
        <translation>Der Bericht %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>FleetWindow</name>
    <message>
        <source>Fleet – groov update</source>
        <translation>Flotte – groov update</translation>
    </message>
    <message>
        <source>&amp;Import plan...</source>
        <translation>Plan &amp;importieren...</translation>
    </message>
    <message>
        <source>Import &amp;devices (CSV)...</source>
        <translation>&amp;Geräte importieren (CSV)...</translation>
    </message>
    <message>
        <source>Add from &amp;profiles...</source>
        <translation>Aus &amp;Profilen hinzufügen...</translation>
    </message>
    <message>
        <source>&amp;Force</source>
        <translation>&amp;Erzwingen</translation>
    </message>
    <message>
        <source>Update the devices that already run the target version too (they are skipped otherwise). Applies to the next Start.</source>
        <translation>Auch die Geräte aktualisieren, auf denen die Zielversion bereits läuft (sonst werden sie übersprungen). Gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Allow do&amp;wngrade</source>
        <translation>Do&amp;wngrade zulassen</translation>
    </message>
    <message>
        <source>Install the firmware on the devices that run a newer version than the target too (they are skipped otherwise). Applies to the next Start.</source>
        <translation>Die Firmware auch auf den Geräten installieren, auf denen eine neuere Version als die Zielversion läuft (sonst werden sie übersprungen). Gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation>Bericht e&amp;xportieren...</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Ab&amp;out</source>
        <translation>Übe&amp;r</translation>
    </message>
    <message>
        <source>Pa&amp;use new starts</source>
        <translation>Neue Starts &amp;anhalten</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>The language of messages: %1 (default: the system&apos;s).</source>
        <translation>Die Sprache der Meldungen: %1 (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>--lang is given more than once.</source>
        <translation>--lang ist mehrfach angegeben.</translation>
    </message>
</context>
<context>
    <name>LocalFile</name>
    <message>
        <source>Check that it is the right file.</source>
        <translation>Prüfen Sie, ob es die richtige Datei ist.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; does not exist. Check the path and the spelling of the file name.</source>
        <translation>Die Firmware-Datei &quot;%1&quot; existiert nicht. Prüfen Sie den Pfad und die Schreibweise des Dateinamens.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; does not exist: a part of the path before the file name is a file, not a folder. Check the path.</source>
        <translation>Die Firmware-Datei &quot;%1&quot; existiert nicht: Ein Teil des Pfads vor dem Dateinamen ist eine Datei, kein Ordner. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; leads into a loop of symbolic links, so there is no file to read. Fix the links, or give the file itself.</source>
        <translation>Die Firmware-Datei &quot;%1&quot; führt in eine Schleife symbolischer Links, daher gibt es keine Datei zum Lesen. Korrigieren Sie die Links, oder geben Sie die Datei selbst an.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; cannot be reached: a folder on its path does not let this user in (%2). Check the folders&apos; permissions.</source>
        <translation>Die Firmware-Datei &quot;%1&quot; ist nicht erreichbar: Ein Ordner auf dem Pfad verweigert diesem Benutzer den Zugriff (%2). Prüfen Sie die Berechtigungen der Ordner.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; cannot be examined (%2). Check the path.</source>
        <translation>Die Firmware-Datei &quot;%1&quot; kann nicht untersucht werden (%2). Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; is a folder, not a file. Give the file inside it.</source>
        <translation>Die Firmware-Datei &quot;%1&quot; ist ein Ordner, keine Datei. Geben Sie die Datei darin an.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; is a named pipe (FIFO) in the file system: opening it could wait forever. Only a pipe this command already holds open is read, given as /dev/fd/N (as bash&apos;s &lt;(command) does). %2</source>
        <translation>Die Firmware-Datei &quot;%1&quot; ist eine benannte Pipe (FIFO) im Dateisystem: Das Öffnen könnte endlos warten. Gelesen wird nur eine Pipe, die dieser Befehl bereits geöffnet hält, angegeben als /dev/fd/N (wie es &lt;(command) in bash tut). %2</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; is a named pipe (FIFO), not a regular file: opening it could wait forever. %2</source>
        <translation>Die Firmware-Datei &quot;%1&quot; ist eine benannte Pipe (FIFO), keine reguläre Datei: Das Öffnen könnte endlos warten. %2</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; is a socket, not a regular file. %2</source>
        <translation>Die Firmware-Datei &quot;%1&quot; ist ein Socket, keine reguläre Datei. %2</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; is a device file (a character device, such as /dev/zero or a terminal), not a regular file: reading it may never end. %2</source>
        <translation>Die Firmware-Datei &quot;%1&quot; ist eine Gerätedatei (ein zeichenorientiertes Gerät wie /dev/zero oder ein Terminal), keine reguläre Datei: Das Lesen endet möglicherweise nie. %2</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; is a device file (a block device: a disk or a partition), not a regular file. %2</source>
        <translation>Die Firmware-Datei &quot;%1&quot; ist eine Gerätedatei (ein blockorientiertes Gerät: eine Festplatte oder Partition), keine reguläre Datei. %2</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; is not a regular file. %2</source>
        <translation>Die Firmware-Datei &quot;%1&quot; ist keine reguläre Datei. %2</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; cannot be read (%2). Check its permissions.</source>
        <translation>Die Firmware-Datei &quot;%1&quot; kann nicht gelesen werden (%2). Prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; is empty (0 bytes). %2</source>
        <translation>Die Firmware-Datei &quot;%1&quot; ist leer (0 Byte). %2</translation>
    </message>
    <message>
        <source>The firmware file was given as an empty path. %1</source>
        <translation>Die Firmware-Datei wurde als leerer Pfad angegeben. %1</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; contains a NUL character, which no file name can hold. Check the path.</source>
        <translation>Die Firmware-Datei &quot;%1&quot; enthält ein NUL-Zeichen, das in keinem Dateinamen vorkommen kann. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; has a name that is not UTF-8 text, and several files in its folder match it. Rename the file to a UTF-8 name and give the new name.</source>
        <translation>Die Firmware-Datei &quot;%1&quot; hat einen Namen, der kein UTF-8-Text ist, und mehrere Dateien in ihrem Ordner passen darauf. Benennen Sie die Datei in einen UTF-8-Namen um, und geben Sie den neuen Namen an.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; is a link to &quot;%2&quot;, which does not exist. Fix the link, or give the file itself.</source>
        <translation>Die Firmware-Datei &quot;%1&quot; ist ein Link auf &quot;%2&quot;; dieses Ziel existiert nicht. Korrigieren Sie den Link, oder geben Sie die Datei selbst an.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; is %2 bytes, more than such a file ever holds (at most %3 bytes). %4</source>
        <translation>Die Firmware-Datei &quot;%1&quot; ist %2 Byte groß, mehr als eine solche Datei je enthält (höchstens %3 Byte). %4</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; has a name that is not UTF-8 text (on disk: &quot;%2&quot;), which this program cannot open. Rename it to a UTF-8 name and give the new name.</source>
        <translation>Die Firmware-Datei &quot;%1&quot; hat einen Namen, der kein UTF-8-Text ist (auf dem Datenträger: &quot;%2&quot;), und kann von diesem Programm nicht geöffnet werden. Benennen Sie die Datei in einen UTF-8-Namen um, und geben Sie den neuen Namen an.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; is a pipe whose writer had not finished after %2 seconds. Make sure the command that writes it ends, or save its output in an ordinary file.</source>
        <translation>Die Firmware-Datei &quot;%1&quot; ist eine Pipe, deren schreibender Prozess nach %2 Sekunden nicht fertig war. Stellen Sie sicher, dass der schreibende Befehl endet, oder speichern Sie seine Ausgabe in einer normalen Datei.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; could not be read to the end (%2). Check the file and try again.</source>
        <translation>Die Firmware-Datei &quot;%1&quot; konnte nicht bis zum Ende gelesen werden (%2). Prüfen Sie die Datei, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; holds more than %2 bytes, more than such a file ever holds. %3</source>
        <translation>Die Firmware-Datei &quot;%1&quot; enthält mehr als %2 Byte, mehr als eine solche Datei je enthält. %3</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; does not exist. Check the path and the spelling of the file name.</source>
        <translation>Die API-Schlüsseldatei &quot;%1&quot; existiert nicht. Prüfen Sie den Pfad und die Schreibweise des Dateinamens.</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; does not exist: a part of the path before the file name is a file, not a folder. Check the path.</source>
        <translation>Die API-Schlüsseldatei &quot;%1&quot; existiert nicht: Ein Teil des Pfads vor dem Dateinamen ist eine Datei, kein Ordner. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; leads into a loop of symbolic links, so there is no file to read. Fix the links, or give the file itself.</source>
        <translation>Die API-Schlüsseldatei &quot;%1&quot; führt in eine Schleife symbolischer Links, daher gibt es keine Datei zum Lesen. Korrigieren Sie die Links, oder geben Sie die Datei selbst an.</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; cannot be reached: a folder on its path does not let this user in (%2). Check the folders&apos; permissions.</source>
        <translation>Die API-Schlüsseldatei &quot;%1&quot; ist nicht erreichbar: Ein Ordner auf dem Pfad verweigert diesem Benutzer den Zugriff (%2). Prüfen Sie die Berechtigungen der Ordner.</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; cannot be examined (%2). Check the path.</source>
        <translation>Die API-Schlüsseldatei &quot;%1&quot; kann nicht untersucht werden (%2). Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; is a folder, not a file. Give the file inside it.</source>
        <translation>Die API-Schlüsseldatei &quot;%1&quot; ist ein Ordner, keine Datei. Geben Sie die Datei darin an.</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; is a named pipe (FIFO) in the file system: opening it could wait forever. Only a pipe this command already holds open is read, given as /dev/fd/N (as bash&apos;s &lt;(command) does). %2</source>
        <translation>Die API-Schlüsseldatei &quot;%1&quot; ist eine benannte Pipe (FIFO) im Dateisystem: Das Öffnen könnte endlos warten. Gelesen wird nur eine Pipe, die dieser Befehl bereits geöffnet hält, angegeben als /dev/fd/N (wie es &lt;(command) in bash tut). %2</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; is a named pipe (FIFO), not a regular file: opening it could wait forever. %2</source>
        <translation>Die API-Schlüsseldatei &quot;%1&quot; ist eine benannte Pipe (FIFO), keine reguläre Datei: Das Öffnen könnte endlos warten. %2</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; is a socket, not a regular file. %2</source>
        <translation>Die API-Schlüsseldatei &quot;%1&quot; ist ein Socket, keine reguläre Datei. %2</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; is a device file (a character device, such as /dev/zero or a terminal), not a regular file: reading it may never end. %2</source>
        <translation>Die API-Schlüsseldatei &quot;%1&quot; ist eine Gerätedatei (ein zeichenorientiertes Gerät wie /dev/zero oder ein Terminal), keine reguläre Datei: Das Lesen endet möglicherweise nie. %2</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; is a device file (a block device: a disk or a partition), not a regular file. %2</source>
        <translation>Die API-Schlüsseldatei &quot;%1&quot; ist eine Gerätedatei (ein blockorientiertes Gerät: eine Festplatte oder Partition), keine reguläre Datei. %2</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; is not a regular file. %2</source>
        <translation>Die API-Schlüsseldatei &quot;%1&quot; ist keine reguläre Datei. %2</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; cannot be read (%2). Check its permissions.</source>
        <translation>Die API-Schlüsseldatei &quot;%1&quot; kann nicht gelesen werden (%2). Prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; is empty (0 bytes). %2</source>
        <translation>Die API-Schlüsseldatei &quot;%1&quot; ist leer (0 Byte). %2</translation>
    </message>
    <message>
        <source>The API key file was given as an empty path. %1</source>
        <translation>Die API-Schlüsseldatei wurde als leerer Pfad angegeben. %1</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; contains a NUL character, which no file name can hold. Check the path.</source>
        <translation>Die API-Schlüsseldatei &quot;%1&quot; enthält ein NUL-Zeichen, das in keinem Dateinamen vorkommen kann. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; has a name that is not UTF-8 text, and several files in its folder match it. Rename the file to a UTF-8 name and give the new name.</source>
        <translation>Die API-Schlüsseldatei &quot;%1&quot; hat einen Namen, der kein UTF-8-Text ist, und mehrere Dateien in ihrem Ordner passen darauf. Benennen Sie die Datei in einen UTF-8-Namen um, und geben Sie den neuen Namen an.</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; is a link to &quot;%2&quot;, which does not exist. Fix the link, or give the file itself.</source>
        <translation>Die API-Schlüsseldatei &quot;%1&quot; ist ein Link auf &quot;%2&quot;; dieses Ziel existiert nicht. Korrigieren Sie den Link, oder geben Sie die Datei selbst an.</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; is %2 bytes, more than such a file ever holds (at most %3 bytes). %4</source>
        <translation>Die API-Schlüsseldatei &quot;%1&quot; ist %2 Byte groß, mehr als eine solche Datei je enthält (höchstens %3 Byte). %4</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; has a name that is not UTF-8 text (on disk: &quot;%2&quot;), which this program cannot open. Rename it to a UTF-8 name and give the new name.</source>
        <translation>Die API-Schlüsseldatei &quot;%1&quot; hat einen Namen, der kein UTF-8-Text ist (auf dem Datenträger: &quot;%2&quot;), und kann von diesem Programm nicht geöffnet werden. Benennen Sie die Datei in einen UTF-8-Namen um, und geben Sie den neuen Namen an.</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; is a pipe whose writer had not finished after %2 seconds. Make sure the command that writes it ends, or save its output in an ordinary file.</source>
        <translation>Die API-Schlüsseldatei &quot;%1&quot; ist eine Pipe, deren schreibender Prozess nach %2 Sekunden nicht fertig war. Stellen Sie sicher, dass der schreibende Befehl endet, oder speichern Sie seine Ausgabe in einer normalen Datei.</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; could not be read to the end (%2). Check the file and try again.</source>
        <translation>Die API-Schlüsseldatei &quot;%1&quot; konnte nicht bis zum Ende gelesen werden (%2). Prüfen Sie die Datei, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; holds more than %2 bytes, more than such a file ever holds. %3</source>
        <translation>Die API-Schlüsseldatei &quot;%1&quot; enthält mehr als %2 Byte, mehr als eine solche Datei je enthält. %3</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; does not exist. Check the path and the spelling of the file name.</source>
        <translation>Die CA-Zertifikatsdatei &quot;%1&quot; existiert nicht. Prüfen Sie den Pfad und die Schreibweise des Dateinamens.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; does not exist: a part of the path before the file name is a file, not a folder. Check the path.</source>
        <translation>Die CA-Zertifikatsdatei &quot;%1&quot; existiert nicht: Ein Teil des Pfads vor dem Dateinamen ist eine Datei, kein Ordner. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; leads into a loop of symbolic links, so there is no file to read. Fix the links, or give the file itself.</source>
        <translation>Die CA-Zertifikatsdatei &quot;%1&quot; führt in eine Schleife symbolischer Links, daher gibt es keine Datei zum Lesen. Korrigieren Sie die Links, oder geben Sie die Datei selbst an.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; cannot be reached: a folder on its path does not let this user in (%2). Check the folders&apos; permissions.</source>
        <translation>Die CA-Zertifikatsdatei &quot;%1&quot; ist nicht erreichbar: Ein Ordner auf dem Pfad verweigert diesem Benutzer den Zugriff (%2). Prüfen Sie die Berechtigungen der Ordner.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; cannot be examined (%2). Check the path.</source>
        <translation>Die CA-Zertifikatsdatei &quot;%1&quot; kann nicht untersucht werden (%2). Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; is a folder, not a file. Give the file inside it.</source>
        <translation>Die CA-Zertifikatsdatei &quot;%1&quot; ist ein Ordner, keine Datei. Geben Sie die Datei darin an.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; is a named pipe (FIFO) in the file system: opening it could wait forever. Only a pipe this command already holds open is read, given as /dev/fd/N (as bash&apos;s &lt;(command) does). %2</source>
        <translation>Die CA-Zertifikatsdatei &quot;%1&quot; ist eine benannte Pipe (FIFO) im Dateisystem: Das Öffnen könnte endlos warten. Gelesen wird nur eine Pipe, die dieser Befehl bereits geöffnet hält, angegeben als /dev/fd/N (wie es &lt;(command) in bash tut). %2</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; is a named pipe (FIFO), not a regular file: opening it could wait forever. %2</source>
        <translation>Die CA-Zertifikatsdatei &quot;%1&quot; ist eine benannte Pipe (FIFO), keine reguläre Datei: Das Öffnen könnte endlos warten. %2</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; is a socket, not a regular file. %2</source>
        <translation>Die CA-Zertifikatsdatei &quot;%1&quot; ist ein Socket, keine reguläre Datei. %2</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; is a device file (a character device, such as /dev/zero or a terminal), not a regular file: reading it may never end. %2</source>
        <translation>Die CA-Zertifikatsdatei &quot;%1&quot; ist eine Gerätedatei (ein zeichenorientiertes Gerät wie /dev/zero oder ein Terminal), keine reguläre Datei: Das Lesen endet möglicherweise nie. %2</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; is a device file (a block device: a disk or a partition), not a regular file. %2</source>
        <translation>Die CA-Zertifikatsdatei &quot;%1&quot; ist eine Gerätedatei (ein blockorientiertes Gerät: eine Festplatte oder Partition), keine reguläre Datei. %2</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; is not a regular file. %2</source>
        <translation>Die CA-Zertifikatsdatei &quot;%1&quot; ist keine reguläre Datei. %2</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; cannot be read (%2). Check its permissions.</source>
        <translation>Die CA-Zertifikatsdatei &quot;%1&quot; kann nicht gelesen werden (%2). Prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; is empty (0 bytes). %2</source>
        <translation>Die CA-Zertifikatsdatei &quot;%1&quot; ist leer (0 Byte). %2</translation>
    </message>
    <message>
        <source>The CA certificate file was given as an empty path. %1</source>
        <translation>Die CA-Zertifikatsdatei wurde als leerer Pfad angegeben. %1</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; contains a NUL character, which no file name can hold. Check the path.</source>
        <translation>Die CA-Zertifikatsdatei &quot;%1&quot; enthält ein NUL-Zeichen, das in keinem Dateinamen vorkommen kann. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; has a name that is not UTF-8 text, and several files in its folder match it. Rename the file to a UTF-8 name and give the new name.</source>
        <translation>Die CA-Zertifikatsdatei &quot;%1&quot; hat einen Namen, der kein UTF-8-Text ist, und mehrere Dateien in ihrem Ordner passen darauf. Benennen Sie die Datei in einen UTF-8-Namen um, und geben Sie den neuen Namen an.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; is a link to &quot;%2&quot;, which does not exist. Fix the link, or give the file itself.</source>
        <translation>Die CA-Zertifikatsdatei &quot;%1&quot; ist ein Link auf &quot;%2&quot;; dieses Ziel existiert nicht. Korrigieren Sie den Link, oder geben Sie die Datei selbst an.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; is %2 bytes, more than such a file ever holds (at most %3 bytes). %4</source>
        <translation>Die CA-Zertifikatsdatei &quot;%1&quot; ist %2 Byte groß, mehr als eine solche Datei je enthält (höchstens %3 Byte). %4</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; has a name that is not UTF-8 text (on disk: &quot;%2&quot;), which this program cannot open. Rename it to a UTF-8 name and give the new name.</source>
        <translation>Die CA-Zertifikatsdatei &quot;%1&quot; hat einen Namen, der kein UTF-8-Text ist (auf dem Datenträger: &quot;%2&quot;), und kann von diesem Programm nicht geöffnet werden. Benennen Sie die Datei in einen UTF-8-Namen um, und geben Sie den neuen Namen an.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; is a pipe whose writer had not finished after %2 seconds. Make sure the command that writes it ends, or save its output in an ordinary file.</source>
        <translation>Die CA-Zertifikatsdatei &quot;%1&quot; ist eine Pipe, deren schreibender Prozess nach %2 Sekunden nicht fertig war. Stellen Sie sicher, dass der schreibende Befehl endet, oder speichern Sie seine Ausgabe in einer normalen Datei.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; could not be read to the end (%2). Check the file and try again.</source>
        <translation>Die CA-Zertifikatsdatei &quot;%1&quot; konnte nicht bis zum Ende gelesen werden (%2). Prüfen Sie die Datei, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; holds more than %2 bytes, more than such a file ever holds. %3</source>
        <translation>Die CA-Zertifikatsdatei &quot;%1&quot; enthält mehr als %2 Byte, mehr als eine solche Datei je enthält. %3</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; does not exist. Check the path and the spelling of the file name.</source>
        <translation>Die Profildatei &quot;%1&quot; existiert nicht. Prüfen Sie den Pfad und die Schreibweise des Dateinamens.</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; does not exist: a part of the path before the file name is a file, not a folder. Check the path.</source>
        <translation>Die Profildatei &quot;%1&quot; existiert nicht: Ein Teil des Pfads vor dem Dateinamen ist eine Datei, kein Ordner. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; leads into a loop of symbolic links, so there is no file to read. Fix the links, or give the file itself.</source>
        <translation>Die Profildatei &quot;%1&quot; führt in eine Schleife symbolischer Links, daher gibt es keine Datei zum Lesen. Korrigieren Sie die Links, oder geben Sie die Datei selbst an.</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; cannot be reached: a folder on its path does not let this user in (%2). Check the folders&apos; permissions.</source>
        <translation>Die Profildatei &quot;%1&quot; ist nicht erreichbar: Ein Ordner auf dem Pfad verweigert diesem Benutzer den Zugriff (%2). Prüfen Sie die Berechtigungen der Ordner.</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; cannot be examined (%2). Check the path.</source>
        <translation>Die Profildatei &quot;%1&quot; kann nicht untersucht werden (%2). Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; is a folder, not a file. Give the file inside it.</source>
        <translation>Die Profildatei &quot;%1&quot; ist ein Ordner, keine Datei. Geben Sie die Datei darin an.</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; is a named pipe (FIFO) in the file system: opening it could wait forever. Only a pipe this command already holds open is read, given as /dev/fd/N (as bash&apos;s &lt;(command) does). %2</source>
        <translation>Die Profildatei &quot;%1&quot; ist eine benannte Pipe (FIFO) im Dateisystem: Das Öffnen könnte endlos warten. Gelesen wird nur eine Pipe, die dieser Befehl bereits geöffnet hält, angegeben als /dev/fd/N (wie es &lt;(command) in bash tut). %2</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; is a named pipe (FIFO), not a regular file: opening it could wait forever. %2</source>
        <translation>Die Profildatei &quot;%1&quot; ist eine benannte Pipe (FIFO), keine reguläre Datei: Das Öffnen könnte endlos warten. %2</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; is a socket, not a regular file. %2</source>
        <translation>Die Profildatei &quot;%1&quot; ist ein Socket, keine reguläre Datei. %2</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; is a device file (a character device, such as /dev/zero or a terminal), not a regular file: reading it may never end. %2</source>
        <translation>Die Profildatei &quot;%1&quot; ist eine Gerätedatei (ein zeichenorientiertes Gerät wie /dev/zero oder ein Terminal), keine reguläre Datei: Das Lesen endet möglicherweise nie. %2</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; is a device file (a block device: a disk or a partition), not a regular file. %2</source>
        <translation>Die Profildatei &quot;%1&quot; ist eine Gerätedatei (ein blockorientiertes Gerät: eine Festplatte oder Partition), keine reguläre Datei. %2</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; is not a regular file. %2</source>
        <translation>Die Profildatei &quot;%1&quot; ist keine reguläre Datei. %2</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; cannot be read (%2). Check its permissions.</source>
        <translation>Die Profildatei &quot;%1&quot; kann nicht gelesen werden (%2). Prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; is empty (0 bytes). %2</source>
        <translation>Die Profildatei &quot;%1&quot; ist leer (0 Byte). %2</translation>
    </message>
    <message>
        <source>The profiles file was given as an empty path. %1</source>
        <translation>Die Profildatei wurde als leerer Pfad angegeben. %1</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; contains a NUL character, which no file name can hold. Check the path.</source>
        <translation>Die Profildatei &quot;%1&quot; enthält ein NUL-Zeichen, das in keinem Dateinamen vorkommen kann. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; has a name that is not UTF-8 text, and several files in its folder match it. Rename the file to a UTF-8 name and give the new name.</source>
        <translation>Die Profildatei &quot;%1&quot; hat einen Namen, der kein UTF-8-Text ist, und mehrere Dateien in ihrem Ordner passen darauf. Benennen Sie die Datei in einen UTF-8-Namen um, und geben Sie den neuen Namen an.</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; is a link to &quot;%2&quot;, which does not exist. Fix the link, or give the file itself.</source>
        <translation>Die Profildatei &quot;%1&quot; ist ein Link auf &quot;%2&quot;; dieses Ziel existiert nicht. Korrigieren Sie den Link, oder geben Sie die Datei selbst an.</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; is %2 bytes, more than such a file ever holds (at most %3 bytes). %4</source>
        <translation>Die Profildatei &quot;%1&quot; ist %2 Byte groß, mehr als eine solche Datei je enthält (höchstens %3 Byte). %4</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; has a name that is not UTF-8 text (on disk: &quot;%2&quot;), which this program cannot open. Rename it to a UTF-8 name and give the new name.</source>
        <translation>Die Profildatei &quot;%1&quot; hat einen Namen, der kein UTF-8-Text ist (auf dem Datenträger: &quot;%2&quot;), und kann von diesem Programm nicht geöffnet werden. Benennen Sie die Datei in einen UTF-8-Namen um, und geben Sie den neuen Namen an.</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; is a pipe whose writer had not finished after %2 seconds. Make sure the command that writes it ends, or save its output in an ordinary file.</source>
        <translation>Die Profildatei &quot;%1&quot; ist eine Pipe, deren schreibender Prozess nach %2 Sekunden nicht fertig war. Stellen Sie sicher, dass der schreibende Befehl endet, oder speichern Sie seine Ausgabe in einer normalen Datei.</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; could not be read to the end (%2). Check the file and try again.</source>
        <translation>Die Profildatei &quot;%1&quot; konnte nicht bis zum Ende gelesen werden (%2). Prüfen Sie die Datei, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; holds more than %2 bytes, more than such a file ever holds. %3</source>
        <translation>Die Profildatei &quot;%1&quot; enthält mehr als %2 Byte, mehr als eine solche Datei je enthält. %3</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; does not exist. Check the path and the spelling of the file name.</source>
        <translation>Die Plandatei &quot;%1&quot; existiert nicht. Prüfen Sie den Pfad und die Schreibweise des Dateinamens.</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; does not exist: a part of the path before the file name is a file, not a folder. Check the path.</source>
        <translation>Die Plandatei &quot;%1&quot; existiert nicht: Ein Teil des Pfads vor dem Dateinamen ist eine Datei, kein Ordner. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; leads into a loop of symbolic links, so there is no file to read. Fix the links, or give the file itself.</source>
        <translation>Die Plandatei &quot;%1&quot; führt in eine Schleife symbolischer Links, daher gibt es keine Datei zum Lesen. Korrigieren Sie die Links, oder geben Sie die Datei selbst an.</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; cannot be reached: a folder on its path does not let this user in (%2). Check the folders&apos; permissions.</source>
        <translation>Die Plandatei &quot;%1&quot; ist nicht erreichbar: Ein Ordner auf dem Pfad verweigert diesem Benutzer den Zugriff (%2). Prüfen Sie die Berechtigungen der Ordner.</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; cannot be examined (%2). Check the path.</source>
        <translation>Die Plandatei &quot;%1&quot; kann nicht untersucht werden (%2). Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; is a folder, not a file. Give the file inside it.</source>
        <translation>Die Plandatei &quot;%1&quot; ist ein Ordner, keine Datei. Geben Sie die Datei darin an.</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; is a named pipe (FIFO) in the file system: opening it could wait forever. Only a pipe this command already holds open is read, given as /dev/fd/N (as bash&apos;s &lt;(command) does). %2</source>
        <translation>Die Plandatei &quot;%1&quot; ist eine benannte Pipe (FIFO) im Dateisystem: Das Öffnen könnte endlos warten. Gelesen wird nur eine Pipe, die dieser Befehl bereits geöffnet hält, angegeben als /dev/fd/N (wie es &lt;(command) in bash tut). %2</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; is a named pipe (FIFO), not a regular file: opening it could wait forever. %2</source>
        <translation>Die Plandatei &quot;%1&quot; ist eine benannte Pipe (FIFO), keine reguläre Datei: Das Öffnen könnte endlos warten. %2</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; is a socket, not a regular file. %2</source>
        <translation>Die Plandatei &quot;%1&quot; ist ein Socket, keine reguläre Datei. %2</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; is a device file (a character device, such as /dev/zero or a terminal), not a regular file: reading it may never end. %2</source>
        <translation>Die Plandatei &quot;%1&quot; ist eine Gerätedatei (ein zeichenorientiertes Gerät wie /dev/zero oder ein Terminal), keine reguläre Datei: Das Lesen endet möglicherweise nie. %2</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; is a device file (a block device: a disk or a partition), not a regular file. %2</source>
        <translation>Die Plandatei &quot;%1&quot; ist eine Gerätedatei (ein blockorientiertes Gerät: eine Festplatte oder Partition), keine reguläre Datei. %2</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; is not a regular file. %2</source>
        <translation>Die Plandatei &quot;%1&quot; ist keine reguläre Datei. %2</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; cannot be read (%2). Check its permissions.</source>
        <translation>Die Plandatei &quot;%1&quot; kann nicht gelesen werden (%2). Prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; is empty (0 bytes). %2</source>
        <translation>Die Plandatei &quot;%1&quot; ist leer (0 Byte). %2</translation>
    </message>
    <message>
        <source>The plan file was given as an empty path. %1</source>
        <translation>Die Plandatei wurde als leerer Pfad angegeben. %1</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; contains a NUL character, which no file name can hold. Check the path.</source>
        <translation>Die Plandatei &quot;%1&quot; enthält ein NUL-Zeichen, das in keinem Dateinamen vorkommen kann. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; has a name that is not UTF-8 text, and several files in its folder match it. Rename the file to a UTF-8 name and give the new name.</source>
        <translation>Die Plandatei &quot;%1&quot; hat einen Namen, der kein UTF-8-Text ist, und mehrere Dateien in ihrem Ordner passen darauf. Benennen Sie die Datei in einen UTF-8-Namen um, und geben Sie den neuen Namen an.</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; is a link to &quot;%2&quot;, which does not exist. Fix the link, or give the file itself.</source>
        <translation>Die Plandatei &quot;%1&quot; ist ein Link auf &quot;%2&quot;; dieses Ziel existiert nicht. Korrigieren Sie den Link, oder geben Sie die Datei selbst an.</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; is %2 bytes, more than such a file ever holds (at most %3 bytes). %4</source>
        <translation>Die Plandatei &quot;%1&quot; ist %2 Byte groß, mehr als eine solche Datei je enthält (höchstens %3 Byte). %4</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; has a name that is not UTF-8 text (on disk: &quot;%2&quot;), which this program cannot open. Rename it to a UTF-8 name and give the new name.</source>
        <translation>Die Plandatei &quot;%1&quot; hat einen Namen, der kein UTF-8-Text ist (auf dem Datenträger: &quot;%2&quot;), und kann von diesem Programm nicht geöffnet werden. Benennen Sie die Datei in einen UTF-8-Namen um, und geben Sie den neuen Namen an.</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; is a pipe whose writer had not finished after %2 seconds. Make sure the command that writes it ends, or save its output in an ordinary file.</source>
        <translation>Die Plandatei &quot;%1&quot; ist eine Pipe, deren schreibender Prozess nach %2 Sekunden nicht fertig war. Stellen Sie sicher, dass der schreibende Befehl endet, oder speichern Sie seine Ausgabe in einer normalen Datei.</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; could not be read to the end (%2). Check the file and try again.</source>
        <translation>Die Plandatei &quot;%1&quot; konnte nicht bis zum Ende gelesen werden (%2). Prüfen Sie die Datei, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; holds more than %2 bytes, more than such a file ever holds. %3</source>
        <translation>Die Plandatei &quot;%1&quot; enthält mehr als %2 Byte, mehr als eine solche Datei je enthält. %3</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; does not exist. Check the path and the spelling of the file name.</source>
        <translation>Die Geräteliste &quot;%1&quot; existiert nicht. Prüfen Sie den Pfad und die Schreibweise des Dateinamens.</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; does not exist: a part of the path before the file name is a file, not a folder. Check the path.</source>
        <translation>Die Geräteliste &quot;%1&quot; existiert nicht: Ein Teil des Pfads vor dem Dateinamen ist eine Datei, kein Ordner. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; leads into a loop of symbolic links, so there is no file to read. Fix the links, or give the file itself.</source>
        <translation>Die Geräteliste &quot;%1&quot; führt in eine Schleife symbolischer Links, daher gibt es keine Datei zum Lesen. Korrigieren Sie die Links, oder geben Sie die Datei selbst an.</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; cannot be reached: a folder on its path does not let this user in (%2). Check the folders&apos; permissions.</source>
        <translation>Die Geräteliste &quot;%1&quot; ist nicht erreichbar: Ein Ordner auf dem Pfad verweigert diesem Benutzer den Zugriff (%2). Prüfen Sie die Berechtigungen der Ordner.</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; cannot be examined (%2). Check the path.</source>
        <translation>Die Geräteliste &quot;%1&quot; kann nicht untersucht werden (%2). Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; is a folder, not a file. Give the file inside it.</source>
        <translation>Die Geräteliste &quot;%1&quot; ist ein Ordner, keine Datei. Geben Sie die Datei darin an.</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; is a named pipe (FIFO) in the file system: opening it could wait forever. Only a pipe this command already holds open is read, given as /dev/fd/N (as bash&apos;s &lt;(command) does). %2</source>
        <translation>Die Geräteliste &quot;%1&quot; ist eine benannte Pipe (FIFO) im Dateisystem: Das Öffnen könnte endlos warten. Gelesen wird nur eine Pipe, die dieser Befehl bereits geöffnet hält, angegeben als /dev/fd/N (wie es &lt;(command) in bash tut). %2</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; is a named pipe (FIFO), not a regular file: opening it could wait forever. %2</source>
        <translation>Die Geräteliste &quot;%1&quot; ist eine benannte Pipe (FIFO), keine reguläre Datei: Das Öffnen könnte endlos warten. %2</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; is a socket, not a regular file. %2</source>
        <translation>Die Geräteliste &quot;%1&quot; ist ein Socket, keine reguläre Datei. %2</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; is a device file (a character device, such as /dev/zero or a terminal), not a regular file: reading it may never end. %2</source>
        <translation>Die Geräteliste &quot;%1&quot; ist eine Gerätedatei (ein zeichenorientiertes Gerät wie /dev/zero oder ein Terminal), keine reguläre Datei: Das Lesen endet möglicherweise nie. %2</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; is a device file (a block device: a disk or a partition), not a regular file. %2</source>
        <translation>Die Geräteliste &quot;%1&quot; ist eine Gerätedatei (ein blockorientiertes Gerät: eine Festplatte oder Partition), keine reguläre Datei. %2</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; is not a regular file. %2</source>
        <translation>Die Geräteliste &quot;%1&quot; ist keine reguläre Datei. %2</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; cannot be read (%2). Check its permissions.</source>
        <translation>Die Geräteliste &quot;%1&quot; kann nicht gelesen werden (%2). Prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; is empty (0 bytes). %2</source>
        <translation>Die Geräteliste &quot;%1&quot; ist leer (0 Byte). %2</translation>
    </message>
    <message>
        <source>The device list was given as an empty path. %1</source>
        <translation>Die Geräteliste wurde als leerer Pfad angegeben. %1</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; contains a NUL character, which no file name can hold. Check the path.</source>
        <translation>Die Geräteliste &quot;%1&quot; enthält ein NUL-Zeichen, das in keinem Dateinamen vorkommen kann. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; has a name that is not UTF-8 text, and several files in its folder match it. Rename the file to a UTF-8 name and give the new name.</source>
        <translation>Die Geräteliste &quot;%1&quot; hat einen Namen, der kein UTF-8-Text ist, und mehrere Dateien in ihrem Ordner passen darauf. Benennen Sie die Datei in einen UTF-8-Namen um, und geben Sie den neuen Namen an.</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; is a link to &quot;%2&quot;, which does not exist. Fix the link, or give the file itself.</source>
        <translation>Die Geräteliste &quot;%1&quot; ist ein Link auf &quot;%2&quot;; dieses Ziel existiert nicht. Korrigieren Sie den Link, oder geben Sie die Datei selbst an.</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; is %2 bytes, more than such a file ever holds (at most %3 bytes). %4</source>
        <translation>Die Geräteliste &quot;%1&quot; ist %2 Byte groß, mehr als eine solche Datei je enthält (höchstens %3 Byte). %4</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; has a name that is not UTF-8 text (on disk: &quot;%2&quot;), which this program cannot open. Rename it to a UTF-8 name and give the new name.</source>
        <translation>Die Geräteliste &quot;%1&quot; hat einen Namen, der kein UTF-8-Text ist (auf dem Datenträger: &quot;%2&quot;), und kann von diesem Programm nicht geöffnet werden. Benennen Sie die Datei in einen UTF-8-Namen um, und geben Sie den neuen Namen an.</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; is a pipe whose writer had not finished after %2 seconds. Make sure the command that writes it ends, or save its output in an ordinary file.</source>
        <translation>Die Geräteliste &quot;%1&quot; ist eine Pipe, deren schreibender Prozess nach %2 Sekunden nicht fertig war. Stellen Sie sicher, dass der schreibende Befehl endet, oder speichern Sie seine Ausgabe in einer normalen Datei.</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; could not be read to the end (%2). Check the file and try again.</source>
        <translation>Die Geräteliste &quot;%1&quot; konnte nicht bis zum Ende gelesen werden (%2). Prüfen Sie die Datei, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; holds more than %2 bytes, more than such a file ever holds. %3</source>
        <translation>Die Geräteliste &quot;%1&quot; enthält mehr als %2 Byte, mehr als eine solche Datei je enthält. %3</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profiles file %1 is not used: %2 belongs to another user of this computer, who could point a profile at their own server and receive the device&apos;s API key. Keep the profiles in a folder of your own (see XDG_CONFIG_HOME).</source>
        <translation>Die Profildatei %1 wird nicht verwendet: %2 gehört einem anderen Benutzer dieses Computers, der ein Profil auf seinen eigenen Server umleiten und so den API-Schlüssel des Geräts erhalten könnte. Bewahren Sie die Profile in einem eigenen Ordner auf (siehe XDG_CONFIG_HOME).</translation>
    </message>
    <message>
        <source>The profiles file %1 is not used: other users of this computer can change %2, so they could point a profile at their own server and receive the device&apos;s API key. Make it private: chmod go-w %3</source>
        <translation>Die Profildatei %1 wird nicht verwendet: Andere Benutzer dieses Computers können %2 ändern und so ein Profil auf ihren eigenen Server umleiten und den API-Schlüssel des Geräts erhalten. Entziehen Sie ihnen die Schreibrechte: chmod go-w %3</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; cannot be used: %2 Edit or delete it in groov-update-gui (Manage profiles).</source>
        <translation>Das Profil &quot;%1&quot; kann nicht verwendet werden: %2 Bearbeiten oder löschen Sie es in groov-update-gui (Profile verwalten).</translation>
    </message>
    <message>
        <source>Cannot write the profiles file %1.</source>
        <translation>Die Profildatei %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with a space.</source>
        <translation>Ein Profilname darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>A profile name has at most %1 characters.</source>
        <translation>Ein Profilname hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A profile name cannot contain &quot;/&quot;, &quot;\&quot; or control characters.</source>
        <translation>Ein Profilname darf weder &quot;/&quot; noch &quot;\&quot; noch Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ein Profil namens &quot;%1&quot; existiert bereits.</translation>
    </message>
    <message>
        <source>The profiles file %1 is damaged: it contains binary data. It was left as it is; fix it in a text editor, or move it aside and save the profiles again in groov-update-gui.</source>
        <translation>Die Profildatei %1 ist beschädigt: Sie enthält Binärdaten. Die Datei wurde nicht verändert; korrigieren Sie sie in einem Texteditor, oder verschieben Sie sie, und speichern Sie die Profile in groov-update-gui erneut.</translation>
    </message>
    <message>
        <source>The profiles file %1 is damaged: it is not UTF-8 text. It was left as it is; fix it in a text editor, or move it aside and save the profiles again in groov-update-gui.</source>
        <translation>Die Profildatei %1 ist beschädigt: Sie ist kein UTF-8-Text. Die Datei wurde nicht verändert; korrigieren Sie sie in einem Texteditor, oder verschieben Sie sie, und speichern Sie die Profile in groov-update-gui erneut.</translation>
    </message>
    <message>
        <source>The profiles file %1 is damaged: line %2 is neither a [section] nor a key=value line. It was left as it is; fix it in a text editor, or move it aside and save the profiles again in groov-update-gui.</source>
        <translation>Die Profildatei %1 ist beschädigt: Zeile %2 ist weder ein [Abschnitt] noch eine Zeile der Form Schlüssel=Wert. Die Datei wurde nicht verändert; korrigieren Sie sie in einem Texteditor, oder verschieben Sie sie, und speichern Sie die Profile in groov-update-gui erneut.</translation>
    </message>
    <message>
        <source>The profiles file %1 is damaged: it is not an INI file. It was left as it is; fix it in a text editor, or move it aside and save the profiles again in groov-update-gui.</source>
        <translation>Die Profildatei %1 ist beschädigt: Sie ist keine INI-Datei. Die Datei wurde nicht verändert; korrigieren Sie sie in einem Texteditor, oder verschieben Sie sie, und speichern Sie die Profile in groov-update-gui erneut.</translation>
    </message>
    <message>
        <source>The file was left as it is; move it aside and save the profiles again in groov-update-gui.</source>
        <translation>Die Datei wurde nicht verändert; verschieben Sie sie, und speichern Sie die Profile in groov-update-gui erneut.</translation>
    </message>
    <message>
        <source>No profile named &quot;%1&quot; (there are none yet; groov-update-gui saves them). Check the name, or save the device as a profile in groov-update-gui.</source>
        <translation>Kein Profil namens &quot;%1&quot; (es gibt noch keine; groov-update-gui speichert sie). Prüfen Sie den Namen, oder speichern Sie das Gerät in groov-update-gui als Profil.</translation>
    </message>
    <message>
        <source>No profile named &quot;%1&quot; (known profiles: %2). Check the name, or save the device as a profile in groov-update-gui.</source>
        <translation>Kein Profil namens &quot;%1&quot; (bekannte Profile: %2). Prüfen Sie den Namen, oder speichern Sie das Gerät in groov-update-gui als Profil.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; cannot be used: its trust setting &quot;%2&quot; is unknown. Edit or delete it in groov-update-gui (Manage profiles).</source>
        <translation>Das Profil &quot;%1&quot; kann nicht verwendet werden: Seine Vertrauenseinstellung &quot;%2&quot; ist unbekannt. Bearbeiten oder löschen Sie es in groov-update-gui (Profile verwalten).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; cannot be used: its preserveSettings value &quot;%2&quot; is neither true nor false. Edit or delete it in groov-update-gui (Manage profiles).</source>
        <translation>Das Profil &quot;%1&quot; kann nicht verwendet werden: Sein Wert für preserveSettings &quot;%2&quot; ist weder true noch false. Bearbeiten oder löschen Sie es in groov-update-gui (Profile verwalten).</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Saved device &amp;profiles:</source>
        <translation>Gespeicherte Geräte&amp;profile:</translation>
    </message>
    <message>
        <source>&amp;Rename...</source>
        <translation>&amp;Umbenennen...</translation>
    </message>
    <message>
        <source>D&amp;uplicate...</source>
        <translation>&amp;Duplizieren...</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Löschen...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Updating the firmware</source>
        <translation>Firmware wird aktualisiert</translation>
    </message>
    <message>
        <source>Every step the update goes through. Keep this window open until the device is ready.</source>
        <translation>Alle Schritte, die das Update durchläuft. Lassen Sie dieses Fenster geöffnet, bis das Gerät bereit ist.</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Update steps</source>
        <translation>Update-Schritte</translation>
    </message>
    <message>
        <source>The steps of the update with their state and elapsed time</source>
        <translation>Die Schritte des Updates mit Status und verstrichener Zeit</translation>
    </message>
    <message>
        <source>Device heartbeat</source>
        <translation>Lebenszeichen des Geräts</translation>
    </message>
    <message>
        <source>Waiting for the device...</source>
        <translation>Warten auf das Gerät...</translation>
    </message>
    <message>
        <source>Show or hide the log</source>
        <translation>Protokoll ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Show log</source>
        <translation>Protokoll anzeigen</translation>
    </message>
    <message>
        <source>Update log</source>
        <translation>Update-Protokoll</translation>
    </message>
    <message>
        <source>Cancel the update</source>
        <translation>Update abbrechen</translation>
    </message>
    <message>
        <source>Cancel update</source>
        <translation>Update abbrechen</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Check the device &amp;again</source>
        <translation>Gerät &amp;erneut prüfen</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>Zusammenfassung &amp;kopieren</translation>
    </message>
    <message>
        <source>Update another &amp;device</source>
        <translation>&amp;Anderes Gerät aktualisieren</translation>
    </message>
    <message>
        <source>Sa&amp;ve report...</source>
        <translation>Bericht spei&amp;chern...</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Factory reset</source>
        <translation>Zurücksetzen auf Werkseinstellungen</translation>
    </message>
</context>
<context>
    <name>SecretRedaction</name>
    <message>
        <source>[API key removed]</source>
        <translation>[API-Schlüssel entfernt]</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the application&apos;s words. It takes effect the next time the application starts.</source>
        <translation>Die Sprache der Anwendung. Sie gilt ab dem nächsten Start der Anwendung.</translation>
    </message>
    <message>
        <source>A new language takes effect the next time the application starts. Reports for programs (JSON) stay in English.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start der Anwendung. Berichte für Programme (JSON) bleiben auf Englisch.</translation>
    </message>
</context>
<context>
    <name>StageErrorHints</name>
    <message>
        <source>This firmware is for a different device family (EPIC firmware on a RIO or the reverse). Download the firmware for this device&apos;s model and try again.</source>
        <translation>Diese Firmware ist für eine andere Gerätefamilie (EPIC-Firmware auf einem RIO oder umgekehrt). Laden Sie die Firmware für das Modell dieses Geräts herunter, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The device could not decrypt the firmware image. The file may be for a different device family or damaged. Check that it is the firmware for this device&apos;s model, download it again and retry.</source>
        <translation>Das Gerät konnte das Firmware-Image nicht entschlüsseln. Die Datei ist möglicherweise für eine andere Gerätefamilie bestimmt oder beschädigt. Prüfen Sie, ob es die Firmware für das Modell dieses Geräts ist, laden Sie sie erneut herunter, und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The device could not get ready for an update. Another update may still be running or the device may be busy. Wait a few minutes and try again; if it keeps failing, restart the device first.</source>
        <translation>Das Gerät konnte sich nicht auf ein Update vorbereiten. Möglicherweise läuft noch ein anderes Update, oder das Gerät ist ausgelastet. Warten Sie einige Minuten, und versuchen Sie es erneut; schlägt es weiterhin fehl, starten Sie das Gerät zuerst neu.</translation>
    </message>
    <message>
        <source>The firmware file arrived incomplete or was corrupted in transit. Download the firmware again, check the network connection to the device, and run the update again.</source>
        <translation>Die Firmware-Datei ist unvollständig angekommen oder wurde bei der Übertragung beschädigt. Laden Sie die Firmware erneut herunter, prüfen Sie die Netzwerkverbindung zum Gerät, und führen Sie das Update erneut aus.</translation>
    </message>
    <message>
        <source>The device could not unpack the file: it is not a groov firmware image. Choose the firmware file downloaded from Opto 22 for this device&apos;s model and try again.</source>
        <translation>Das Gerät konnte die Datei nicht entpacken: Die Datei ist kein groov-Firmware-Image. Wählen Sie die von Opto 22 heruntergeladene Firmware-Datei für das Modell dieses Geräts, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The device could not decompress the firmware. The file may be damaged, or the device may be low on storage space. Download the firmware again and retry; nothing was installed.</source>
        <translation>Das Gerät konnte die Firmware nicht dekomprimieren. Die Datei ist möglicherweise beschädigt, oder auf dem Gerät ist zu wenig Speicherplatz frei. Laden Sie die Firmware erneut herunter, und versuchen Sie es noch einmal; es wurde nichts installiert.</translation>
    </message>
    <message>
        <source>The device could not back up its settings, so nothing was installed and it still runs its current firmware. Check the device&apos;s free storage space (remove old backups or large files) and try again.</source>
        <translation>Das Gerät konnte seine Einstellungen nicht sichern; daher wurde nichts installiert, und es läuft weiterhin mit seiner aktuellen Firmware. Prüfen Sie den freien Speicherplatz des Geräts (entfernen Sie alte Sicherungen oder große Dateien), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Installing the firmware failed. Do not switch the device off. Contact Opto 22 support with the error code and message shown; the device may need a recovery procedure.</source>
        <translation>Die Installation der Firmware ist fehlgeschlagen. Schalten Sie das Gerät nicht aus, und trennen Sie es nicht vom Strom. Wenden Sie sich mit dem angezeigten Fehlercode und der Meldung an den Support von Opto 22; das Gerät benötigt möglicherweise ein Wiederherstellungsverfahren.</translation>
    </message>
    <message>
        <source>The device reported error %1 at the stage &quot;%2&quot;. Try the update again; if it fails the same way, contact Opto 22 support with this code and the message shown.</source>
        <translation>Das Gerät hat in der Phase &quot;%2&quot; den Fehler %1 gemeldet. Führen Sie das Update erneut aus; schlägt es auf dieselbe Weise fehl, wenden Sie sich mit diesem Code und der angezeigten Meldung an den Support von Opto 22.</translation>
    </message>
    <message>
        <source>The device reported an error at the stage &quot;%1&quot;. Try the update again; if it fails the same way, contact Opto 22 support with the message shown.</source>
        <translation>Das Gerät hat in der Phase &quot;%1&quot; einen Fehler gemeldet. Führen Sie das Update erneut aus; schlägt es auf dieselbe Weise fehl, wenden Sie sich mit der angezeigten Meldung an den Support von Opto 22.</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>Give a PEM file that holds the device&apos;s certificate or your CA&apos;s.</source>
        <translation>Geben Sie eine PEM-Datei an, die das Zertifikat des Geräts oder das Ihrer CA enthält.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; holds no PEM certificate (expected a block starting with &quot;-----BEGIN CERTIFICATE-----&quot;). %2</source>
        <translation>Die CA-Zertifikatsdatei &quot;%1&quot; enthält kein PEM-Zertifikat (erwartet wird ein Block, der mit &quot;-----BEGIN CERTIFICATE-----&quot; beginnt). %2</translation>
    </message>
    <message>
        <source>certificates trusted by this computer</source>
        <translation>Zertifikate, denen dieser Computer vertraut</translation>
    </message>
    <message>
        <source>the certificate with SHA-256 fingerprint %1</source>
        <translation>das Zertifikat mit dem SHA-256-Fingerabdruck %1</translation>
    </message>
    <message>
        <source>certificates from %1</source>
        <translation>Zertifikate aus %1</translation>
    </message>
    <message>
        <source>any certificate (INSECURE: certificate checks are off)</source>
        <translation>jedes Zertifikat (UNSICHER: Zertifikatsprüfungen sind ausgeschaltet)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint: expected 64 hexadecimal digits (colons and a &quot;sha256:&quot; prefix are allowed). Copy it from groov Manage or from the first connection&apos;s certificate details.</source>
        <translation>&quot;%1&quot; ist kein SHA-256-Fingerabdruck: Erwartet werden 64 Hexadezimalziffern (Doppelpunkte und ein Präfix &quot;sha256:&quot; sind erlaubt). Kopieren Sie ihn aus groov Manage oder aus den Zertifikatdetails der ersten Verbindung.</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>The language &quot;%1&quot; is not available. Choose one of: %2.</source>
        <translation>Die Sprache &quot;%1&quot; ist nicht verfügbar. Wählen Sie eine von: %2.</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Device certificate</source>
        <translation>Gerätezertifikat</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Antragsteller:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Pinned fingerprint:</source>
        <translation>Gespeicherter Fingerabdruck:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Trust once</source>
        <translation>Einmal vertrauen</translation>
    </message>
    <message>
        <source>Trust and remember</source>
        <translation>Vertrauen und speichern</translation>
    </message>
</context>
<context>
    <name>UpdateHistory</name>
    <message>
        <source>Could not add to the update history %1: %2</source>
        <translation>Eintrag in den Update-Verlauf %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Could not add to the update history %1: its folder cannot be created.</source>
        <translation>Eintrag in den Update-Verlauf %1 nicht möglich: Sein Ordner kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>UpdateReport</name>
    <message>
        <source>groov firmware update report</source>
        <translation>Bericht zum groov-Firmware-Update</translation>
    </message>
</context>
<context>
    <name>UpdateRequest</name>
    <message>
        <source>The poll interval must be between 1 millisecond and 10 minutes.</source>
        <translation>Das Abfrageintervall muss zwischen 1 Millisekunde und 10 Minuten liegen.</translation>
    </message>
    <message>
        <source>The timeout must be more than 0 and at most 24 hours (1440 minutes).</source>
        <translation>Das Zeitlimit muss größer als 0 und höchstens 24 Stunden (1440 Minuten) sein.</translation>
    </message>
    <message>
        <source>The retry settings are inconsistent.</source>
        <translation>Die Einstellungen für Wiederholungen sind widersprüchlich.</translation>
    </message>
    <message>
        <source>Network timeouts must be more than 0.</source>
        <translation>Netzwerk-Zeitlimits müssen größer als 0 sein.</translation>
    </message>
    <message>
        <source>The waiting limits for the device&apos;s restarts must not be negative.</source>
        <translation>Die Wartezeiten für die Neustarts des Geräts dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>No API key given. Create one in groov Manage for an administrator account (Accounts, API key) and pass it in the environment variable GROOV_API_KEY or in a key file.</source>
        <translation>Kein API-Schlüssel angegeben. Erstellen Sie in groov Manage einen Schlüssel für ein Administratorkonto (Accounts, API key), und übergeben Sie ihn in der Umgebungsvariablen GROOV_API_KEY oder in einer Schlüsseldatei.</translation>
    </message>
    <message>
        <source>The API key is only white space. Copy the key again from groov Manage.</source>
        <translation>Der API-Schlüssel besteht nur aus Leerraum. Kopieren Sie den Schlüssel erneut aus groov Manage.</translation>
    </message>
    <message>
        <source>The API key is %1 characters long; at most %2 are accepted and groov Manage keys are far shorter. Check that the key file or variable holds only the key.</source>
        <translation>Der API-Schlüssel ist %1 Zeichen lang; akzeptiert werden höchstens %2, und Schlüssel von groov Manage sind weit kürzer. Prüfen Sie, ob die Schlüsseldatei oder die Variable nur den Schlüssel enthält.</translation>
    </message>
    <message>
        <source>The API key contains a space, line break, control or non-ASCII character; a groov Manage key has only printable ASCII characters. Copy the key again, without anything around it.</source>
        <translation>Der API-Schlüssel enthält ein Leerzeichen, einen Zeilenumbruch, ein Steuerzeichen oder ein Nicht-ASCII-Zeichen; ein Schlüssel von groov Manage enthält nur druckbare ASCII-Zeichen. Kopieren Sie den Schlüssel erneut, ohne etwas davor oder dahinter.</translation>
    </message>
    <message>
        <source>The version before the update must be at most %1 printable ASCII characters, as the update&apos;s report shows it (for example 3.6.0-b.105).</source>
        <translation>Die Version vor dem Update darf höchstens %1 druckbare ASCII-Zeichen haben, so wie der Update-Bericht sie anzeigt (zum Beispiel 3.6.0-b.105).</translation>
    </message>
    <message>
        <source>Not preserving settings erases the device (accounts, network settings, certificates) and needs an explicit factory-reset confirmation. Nothing was sent.</source>
        <translation>Werden die Einstellungen nicht beibehalten, wird das Gerät gelöscht (Konten, Netzwerkeinstellungen, Zertifikate); dafür ist eine ausdrückliche Bestätigung des Zurücksetzens auf Werkseinstellungen nötig. Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>UpdateStatus</name>
    <message>
        <source>Prepare</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Reassemble</source>
        <translation>Zusammensetzen</translation>
    </message>
    <message>
        <source>Unzip</source>
        <translation>Entpacken</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Entschlüsseln</translation>
    </message>
    <message>
        <source>Decompress</source>
        <translation>Dekomprimieren</translation>
    </message>
    <message>
        <source>Back up settings</source>
        <translation>Einstellungen sichern</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <source>Finish and restart</source>
        <translation>Abschließen und Neustart</translation>
    </message>
    <message>
        <source>Unnamed stage</source>
        <translation>Unbenannte Phase</translation>
    </message>
    <message>
        <source>The device sent an empty update status.</source>
        <translation>Das Gerät hat einen leeren Update-Status gesendet.</translation>
    </message>
    <message>
        <source>The device&apos;s update status is not JSON (%1 at byte %2): &quot;%3&quot;</source>
        <translation>Der Update-Status des Geräts ist kein JSON (%1 bei Byte %2): &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>The device&apos;s update status is an array instead of a JSON object: &quot;%1&quot;</source>
        <translation>Der Update-Status des Geräts ist ein Array statt eines JSON-Objekts: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The device&apos;s update status is a single value instead of a JSON object: &quot;%1&quot;</source>
        <translation>Der Update-Status des Geräts ist ein Einzelwert statt eines JSON-Objekts: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>UpdateSummary</name>
    <message>
        <source>The check passed; nothing was sent.</source>
        <translation>Die Prüfung war erfolgreich; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The update succeeded.</source>
        <translation>Das Update war erfolgreich.</translation>
    </message>
    <message>
        <source>The device is ready, but the update could not be verified.</source>
        <translation>Das Gerät ist bereit, aber das Update konnte nicht bestätigt werden.</translation>
    </message>
    <message>
        <source>The update is done: the device needs commissioning.</source>
        <translation>Das Update ist abgeschlossen: Das Gerät muss neu eingerichtet werden.</translation>
    </message>
    <message>
        <source>The device has the firmware and is still updating on its own.</source>
        <translation>Das Gerät hat die Firmware und aktualisiert sich weiterhin selbstständig.</translation>
    </message>
    <message>
        <source>The device&apos;s answers could not be followed: it may still be updating.</source>
        <translation>Die Antworten des Geräts waren nicht auswertbar: Möglicherweise aktualisiert es sich noch.</translation>
    </message>
    <message>
        <source>Following the update failed.</source>
        <translation>Das Verfolgen des Updates ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The update failed at the step &quot;%1&quot;.</source>
        <translation>Das Update ist im Schritt &quot;%1&quot; fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The update failed.</source>
        <translation>Das Update ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Lost contact with the device: it may still be updating.</source>
        <translation>Verbindung zum Gerät verloren: Möglicherweise aktualisiert es sich noch.</translation>
    </message>
    <message>
        <source>The update timed out.</source>
        <translation>Zeitüberschreitung beim Update.</translation>
    </message>
    <message>
        <source>Stopped watching: the device is still updating on its own.</source>
        <translation>Beobachtung beendet: Das Gerät aktualisiert sich weiterhin selbstständig.</translation>
    </message>
    <message>
        <source>Stopped before anything changed: the device keeps its firmware.</source>
        <translation>Abgebrochen, bevor sich etwas geändert hat: Das Gerät behält seine Firmware.</translation>
    </message>
    <message>
        <source>The update has not finished.</source>
        <translation>Das Update ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Check the firmware version in groov Manage on %1. If it still shows the old version, run the update again; if the device may still be busy, check it again first.</source>
        <translation>Prüfen Sie die Firmware-Version in groov Manage auf %1. Wird noch die alte Version angezeigt, führen Sie das Update erneut aus; ist das Gerät möglicherweise noch beschäftigt, prüfen Sie es zuerst erneut.</translation>
    </message>
    <message>
        <source>Open groov Manage on %1 and commission the device: create an administrator account, then a new API key, and use that key the next time you check the device. If its network settings were erased too, it may now have another address.</source>
        <translation>Öffnen Sie groov Manage auf %1, und richten Sie das Gerät neu ein: Legen Sie ein Administratorkonto und dann einen neuen API-Schlüssel an, und verwenden Sie diesen Schlüssel, wenn Sie das Gerät das nächste Mal prüfen. Wurden auch seine Netzwerkeinstellungen gelöscht, hat es jetzt möglicherweise eine andere Adresse.</translation>
    </message>
    <message>
        <source>The device was already updating.</source>
        <translation>Auf dem Gerät lief bereits ein Update.</translation>
    </message>
    <message>
        <source>The device had received the whole firmware image.</source>
        <translation>Das Gerät hatte das vollständige Firmware-Image erhalten.</translation>
    </message>
    <message>
        <source>It last answered at %1, at the step &quot;%2&quot;.</source>
        <translation>Seine letzte Antwort kam um %1, im Schritt &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>It last answered at %1.</source>
        <translation>Seine letzte Antwort kam um %1.</translation>
    </message>
    <message>
        <source>It may still be updating on its own: do not power it off. Check it again to follow the update to its end; if it does not answer, look at it in groov Manage or at its front panel.</source>
        <translation>Möglicherweise aktualisiert es sich noch selbstständig: Schalten Sie es nicht aus, und trennen Sie es nicht vom Strom. Prüfen Sie es erneut, um das Update bis zum Ende zu verfolgen; antwortet es nicht, sehen Sie in groov Manage oder an der Vorderseite des Geräts nach.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1 (unverändert)</translation>
    </message>
    <message>
        <source>%1 (before the update)</source>
        <translation>%1 (vor dem Update)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>followed an update already under way (nothing was uploaded)</source>
        <translation>hat ein bereits laufendes Update verfolgt (nichts hochgeladen)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Failed stage</source>
        <translation>Fehlgeschlagene Phase</translation>
    </message>
    <message>
        <source>Device said</source>
        <translation>Meldung des Geräts</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>%1 (%2 MB)</source>
        <translation>%1 (%2 MB)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>preserved</source>
        <translation>beibehalten</translation>
    </message>
    <message>
        <source>erased (factory reset)</source>
        <translation>gelöscht (Zurücksetzen auf Werkseinstellungen)</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>keine Probleme</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>NOT FINISHED</source>
        <translation>NICHT ABGESCHLOSSEN</translation>
    </message>
    <message>
        <source>SUCCEEDED</source>
        <translation>ERFOLGREICH</translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation>NICHT BESTÄTIGT</translation>
    </message>
    <message>
        <source>DONE: THE DEVICE NEEDS COMMISSIONING</source>
        <translation>ABGESCHLOSSEN: DAS GERÄT MUSS NEU EINGERICHTET WERDEN</translation>
    </message>
    <message>
        <source>HANDED OVER: THE DEVICE IS STILL UPDATING ON ITS OWN</source>
        <translation>ÜBERGEBEN: DAS GERÄT AKTUALISIERT SICH WEITERHIN SELBSTSTÄNDIG</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>ABGEBROCHEN</translation>
    </message>
    <message>
        <source>TIMED OUT</source>
        <translation>ZEITÜBERSCHREITUNG</translation>
    </message>
    <message>
        <source>%1 (error code %2)</source>
        <translation>%1 (Fehlercode %2)</translation>
    </message>
    <message>
        <source>restart seen, new version reported</source>
        <translation>Neustart erkannt, neue Version gemeldet</translation>
    </message>
    <message>
        <source>restart seen, no new version reported</source>
        <translation>Neustart erkannt, keine neue Version gemeldet</translation>
    </message>
    <message>
        <source>no restart seen, new version reported</source>
        <translation>kein Neustart erkannt, neue Version gemeldet</translation>
    </message>
    <message>
        <source>no restart seen, no new version reported</source>
        <translation>kein Neustart erkannt, keine neue Version gemeldet</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of the upload sent again</source>
        <translation>
            <numerusform>%n Block beim Hochladen erneut gesendet</numerusform>
            <numerusform>%n Blöcke beim Hochladen erneut gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after the upload, %n request(s) not answered or not understood (a restart included)</source>
        <translation>
            <numerusform>nach dem Hochladen %n Anfrage nicht beantwortet oder nicht verstanden (Neustart mitgezählt)</numerusform>
            <numerusform>nach dem Hochladen %n Anfragen nicht beantwortet oder nicht verstanden (Neustarts mitgezählt)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>two counts of the Connection row</comment>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>UpdateTimeline</name>
    <message>
        <source>Settings are not preserved: the device comes back factory-fresh.</source>
        <translation>Einstellungen werden nicht beibehalten: Das Gerät wird auf Werkseinstellungen zurückgesetzt.</translation>
    </message>
    <message>
        <source>Not part of following: the device already has the image.</source>
        <translation>Nicht Teil des Verfolgens: Das Gerät hat das Image bereits.</translation>
    </message>
    <message>
        <source>reported version %1</source>
        <translation>gemeldete Version %1</translation>
    </message>
    <message>
        <source>%1; trying again in %2 s (attempt %3 of %4)</source>
        <translation>%1; neuer Versuch in %2 s (Versuch %3 von %4)</translation>
    </message>
    <message>
        <source>The device reported error code %1.</source>
        <translation>Das Gerät hat den Fehlercode %1 gemeldet.</translation>
    </message>
    <message>
        <source>Not seen while this run watched the device, but it reports a new version, so it restarted.</source>
        <translation>Während dieses Laufs nicht beobachtet, aber das Gerät meldet eine neue Version, hat also neu gestartet.</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>Nicht bestätigt: %1</translation>
    </message>
    <message>
        <source>Back factory-fresh: it needs commissioning (a new administrator account and API key) before it can be used.</source>
        <translation>Auf Werkseinstellungen zurückgesetzt: Das Gerät muss neu eingerichtet werden (neues Administratorkonto und neuer API-Schlüssel), bevor es verwendet werden kann.</translation>
    </message>
    <message>
        <source>Not watched: the device continues the update on its own.</source>
        <translation>Nicht beobachtet: Das Gerät setzt das Update selbstständig fort.</translation>
    </message>
    <message>
        <source>Not finished within the time limit; the device may still be working.</source>
        <translation>Nicht innerhalb des Zeitlimits abgeschlossen; das Gerät arbeitet möglicherweise noch.</translation>
    </message>
    <message>
        <source>No longer watched: the device continues the update on its own.</source>
        <translation>Nicht mehr beobachtet: Das Gerät setzt das Update selbstständig fort.</translation>
    </message>
    <message>
        <source>Stopped: the device keeps its current firmware.</source>
        <translation>Abgebrochen: Das Gerät behält seine aktuelle Firmware.</translation>
    </message>
    <message>
        <source>Taking longer than usual; the device may still be working.</source>
        <translation>Dauert länger als üblich; das Gerät arbeitet möglicherweise noch.</translation>
    </message>
    <message>
        <source>Less than %1 min left</source>
        <translation>Noch weniger als %1 min</translation>
    </message>
    <message>
        <source>About %1 to %2 min left</source>
        <translation>Noch etwa %1 bis %2 min</translation>
    </message>
    <message>
        <source>Check device</source>
        <translation>Gerät prüfen</translation>
    </message>
    <message>
        <source>Two restarts and settings restore</source>
        <translation>Zwei Neustarts und Wiederherstellung der Einstellungen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht bestätigt</translation>
    </message>
    <message>
        <source>Do not power the device off.</source>
        <translation>Schalten Sie das Gerät nicht aus, und trennen Sie es nicht vom Strom.</translation>
    </message>
    <message>
        <source>The device answers again; checking how the update ended.</source>
        <translation>Das Gerät antwortet wieder; es wird geprüft, wie das Update geendet hat.</translation>
    </message>
    <message>
        <source>No restart was seen while this run watched the device.</source>
        <translation>Während dieses Laufs wurde kein Neustart beobachtet.</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 MB/s on average</source>
        <translation>durchschnittlich %1 MB/s</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 von %2 MB</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Restzeit %1</translation>
    </message>
</context>
<context>
    <name>UpdateTypes</name>
    <message>
        <source>Idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <source>Checking the device</source>
        <translation>Gerät wird geprüft</translation>
    </message>
    <message>
        <source>Preparing the device</source>
        <translation>Gerät wird vorbereitet</translation>
    </message>
    <message>
        <source>Uploading the firmware</source>
        <translation>Firmware wird hochgeladen</translation>
    </message>
    <message>
        <source>Device is processing the firmware</source>
        <translation>Gerät verarbeitet die Firmware</translation>
    </message>
    <message>
        <source>Device is restarting</source>
        <translation>Gerät startet neu</translation>
    </message>
    <message>
        <source>Verifying the update</source>
        <translation>Update wird überprüft</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>nicht abgeschlossen</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht bestätigt</translation>
    </message>
    <message>
        <source>done: the device needs commissioning</source>
        <translation>abgeschlossen: Das Gerät muss neu eingerichtet werden</translation>
    </message>
    <message>
        <source>handed over: the device is still updating on its own</source>
        <translation>übergeben: Das Gerät aktualisiert sich weiterhin selbstständig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Every stage is done; waiting for the device to restart</source>
        <translation>Alle Phasen sind erledigt; es wird auf den Neustart des Geräts gewartet</translation>
    </message>
    <message>
        <source>Restarting: the device does not answer while it restarts twice</source>
        <translation>Neustart: Das Gerät antwortet nicht, während es zweimal neu startet</translation>
    </message>
    <message>
        <source>The device answers but is not ready yet (restoring its settings)</source>
        <translation>Das Gerät antwortet, ist aber noch nicht bereit (stellt seine Einstellungen wieder her)</translation>
    </message>
    <message>
        <source>Restarting again: the device does not answer</source>
        <translation>Erneuter Neustart: Das Gerät antwortet nicht</translation>
    </message>
    <message>
        <source>Ready: the device is back</source>
        <translation>Bereit: Das Gerät ist wieder erreichbar</translation>
    </message>
    <message>
        <source>Every stage has been done for %1; the device should restart any moment.</source>
        <translation>Alle Phasen sind seit %1 erledigt; das Gerät sollte jeden Moment neu starten.</translation>
    </message>
    <message>
        <source>No answer for %1: the device restarts twice, with its settings restored (or reset) in between, which usually takes %2 to %3 minutes. Do not power it off.</source>
        <translation>Seit %1 keine Antwort: Das Gerät startet zweimal neu und stellt dazwischen seine Einstellungen wieder her (oder setzt sie auf Werkseinstellungen zurück); das dauert normalerweise %2 bis %3 Minuten. Schalten Sie es nicht aus, und trennen Sie es nicht vom Strom.</translation>
    </message>
    <message>
        <source>Answering for %1 but not ready yet: it is restoring its settings and may restart once more.</source>
        <translation>Antwortet seit %1, ist aber noch nicht bereit: Das Gerät stellt seine Einstellungen wieder her und startet möglicherweise noch einmal neu.</translation>
    </message>
    <message>
        <source>No answer again for %1: the device restarts once more. Do not power it off.</source>
        <translation>Seit %1 erneut keine Antwort: Das Gerät startet noch einmal neu. Schalten Sie es nicht aus, und trennen Sie es nicht vom Strom.</translation>
    </message>
</context>
<context>
    <name>groov::FileSliceDevice</name>
    <message>
        <source>The firmware file slice is already open.</source>
        <translation>Der Ausschnitt der Firmware-Datei ist bereits geöffnet.</translation>
    </message>
    <message>
        <source>A firmware file slice can only be opened for reading.</source>
        <translation>Ein Ausschnitt der Firmware-Datei kann nur zum Lesen geöffnet werden.</translation>
    </message>
    <message>
        <source>Invalid byte range (offset %1, length %2) of &quot;%3&quot;.</source>
        <translation>Ungültiger Bytebereich (Offset %1, Länge %2) von &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is shorter (%2 bytes) than expected (at least %3 bytes); it changed or was truncated. Check the file and start again.</source>
        <translation>&quot;%1&quot; ist kürzer (%2 Byte) als erwartet (mindestens %3 Byte); die Datei wurde geändert oder gekürzt. Prüfen Sie die Datei, und starten Sie erneut.</translation>
    </message>
    <message>
        <source>Cannot seek in &quot;%1&quot;: %2</source>
        <translation>Positionieren in &quot;%1&quot; nicht möglich: %2</translation>
    </message>
    <message>
        <source>Reading &quot;%1&quot; failed: %2</source>
        <translation>Lesen von &quot;%1&quot; fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; became shorter while it was being read; it was changed or truncated. Check the file and start again.</source>
        <translation>&quot;%1&quot; ist beim Lesen kürzer geworden; die Datei wurde geändert oder gekürzt. Prüfen Sie die Datei, und starten Sie erneut.</translation>
    </message>
</context>
<context>
    <name>groov::FirmwareHasher</name>
    <message>
        <source>Computing the firmware file&apos;s checksum was cancelled.</source>
        <translation>Die Berechnung der Prüfsumme der Firmware-Datei wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot compute the checksum of &quot;%1&quot;: %2</source>
        <translation>Die Prüfsumme von &quot;%1&quot; kann nicht berechnet werden: %2</translation>
    </message>
    <message>
        <source>Reading &quot;%1&quot; failed while computing its checksum: %2</source>
        <translation>Lesen von &quot;%1&quot; beim Berechnen der Prüfsumme fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>groov::FleetDeviceRun</name>
    <message>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <source>before hook</source>
        <translation>before-Hook</translation>
    </message>
    <message>
        <source>updating</source>
        <translation>wird aktualisiert</translation>
    </message>
    <message>
        <source>after hook</source>
        <translation>after-Hook</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>Wartet auf Hochladen</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Pre-flight: %1</source>
        <translation>Vorabprüfung: %1</translation>
    </message>
    <message>
        <source>The device at %1 is a %2, but the plan expects a %3: it was not updated. Check the address, or correct the plan&apos;s model.</source>
        <translation>Das Gerät unter %1 ist ein %2, der Plan erwartet aber ein %3: Es wurde nicht aktualisiert. Prüfen Sie die Adresse, oder korrigieren Sie das Modell im Plan.</translation>
    </message>
    <message>
        <source>%1 hook said:
%2</source>
        <translation>Ausgabe des %1-Hooks:
%2</translation>
    </message>
    <message>
        <source>The device was not updated.</source>
        <translation>Das Gerät wurde nicht aktualisiert.</translation>
    </message>
    <message>
        <source>The device was updated, but: %1</source>
        <translation>Das Gerät wurde aktualisiert, aber: %1</translation>
    </message>
    <message>
        <source>The device reports version %1 after its update, not the target %2.</source>
        <translation>Das Gerät meldet nach seinem Update die Version %1, nicht die Zielversion %2.</translation>
    </message>
    <message>
        <source>The device at %1 does not say its model, but the plan expects a %2: it was not updated. Check the address, or correct the plan&apos;s model.</source>
        <translation>Das Gerät unter %1 gibt sein Modell nicht an, der Plan erwartet aber ein %2: Es wurde nicht aktualisiert. Prüfen Sie die Adresse, oder korrigieren Sie das Modell im Plan.</translation>
    </message>
</context>
<context>
    <name>groov::FleetHookRunner</name>
    <message>
        <source>The %1 hook for &quot;%2&quot; could not be started: %3.</source>
        <translation>Der %1-Hook für &quot;%2&quot; konnte nicht gestartet werden: %3.</translation>
    </message>
    <message>
        <source>The %1 hook for &quot;%2&quot; was stopped after %3 s (its timeout).</source>
        <translation>Der %1-Hook für &quot;%2&quot; wurde nach %3 s angehalten (sein Zeitlimit).</translation>
    </message>
    <message>
        <source>The %1 hook for &quot;%2&quot; was cancelled.</source>
        <translation>Der %1-Hook für &quot;%2&quot; wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The %1 hook for &quot;%2&quot; crashed (a signal ended it).</source>
        <translation>Der %1-Hook für &quot;%2&quot; ist abgestürzt (durch ein Signal beendet).</translation>
    </message>
    <message>
        <source>The %1 hook for &quot;%2&quot; failed (exit code %3).</source>
        <translation>Der %1-Hook für &quot;%2&quot; ist fehlgeschlagen (Exit-Code %3).</translation>
    </message>
    <message>
        <source>The %1 hook for &quot;%2&quot; succeeded.</source>
        <translation>Der %1-Hook für &quot;%2&quot; war erfolgreich.</translation>
    </message>
    <message>
        <source>(%1 earlier bytes of output left out)
</source>
        <translation>(%1 frühere Byte der Ausgabe ausgelassen)
</translation>
    </message>
    <message>
        <source>The %1 hook for &quot;%2&quot; could not be started: another hook is still running.</source>
        <translation>Der %1-Hook für &quot;%2&quot; konnte nicht gestartet werden: Ein anderer Hook läuft noch.</translation>
    </message>
    <message>
        <source>The %1 hook for &quot;%2&quot; could not be started: it has no command.</source>
        <translation>Der %1-Hook für &quot;%2&quot; konnte nicht gestartet werden: Er hat keinen Befehl.</translation>
    </message>
    <message>
        <source>The %1 hook for &quot;%2&quot; could not be started: its command holds the device&apos;s API key. Give the hook the key on its standard input instead (&quot;key&quot;: &quot;stdin&quot;).</source>
        <translation>Der %1-Hook für &quot;%2&quot; konnte nicht gestartet werden: Sein Befehl enthält den API-Schlüssel des Geräts. Übergeben Sie dem Hook den Schlüssel stattdessen über seine Standardeingabe (&quot;key&quot;: &quot;stdin&quot;).</translation>
    </message>
</context>
<context>
    <name>groov::FleetRun</name>
    <message>
        <source>It already runs %1, the target version; to update it anyway, force it (--force, or Force in the Fleet window).</source>
        <translation>Auf dem Gerät läuft bereits %1, die Zielversion; um es trotzdem zu aktualisieren, erzwingen Sie das Update (--force oder &quot;Erzwingen&quot; im Fenster &quot;Flotte&quot;).</translation>
    </message>
    <message>
        <source>It runs %1, newer than the target %2; to install the older version, allow the downgrade (--allow-downgrade, or Allow downgrade in the Fleet window).</source>
        <translation>Auf dem Gerät läuft %1, neuer als die Zielversion %2; um die ältere Version zu installieren, lassen Sie das Downgrade zu (--allow-downgrade oder &quot;Downgrade zulassen&quot; im Fenster &quot;Flotte&quot;).</translation>
    </message>
    <message>
        <source>The plan turns &quot;preserveSettings&quot; off: every device would be reset to its factory settings. Confirm it explicitly to go on, as for one device. Nothing was sent to any device.</source>
        <translation>Der Plan schaltet &quot;preserveSettings&quot; aus: Jedes Gerät würde auf Werkseinstellungen zurückgesetzt. Bestätigen Sie das ausdrücklich, um fortzufahren, wie bei einem einzelnen Gerät. An kein Gerät wurde etwas gesendet.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent to any device.</source>
        <translation>%1 An kein Gerät wurde etwas gesendet.</translation>
    </message>
    <message>
        <source>The firmware file&apos;s SHA-256 is %1, not %2 as the plan says: it is not the file the plan was written for. Nothing was sent to any device. Download the firmware again, or correct the plan.</source>
        <translation>Der SHA-256 der Firmware-Datei ist %1, nicht %2 wie im Plan angegeben: Es ist nicht die Datei, für die der Plan geschrieben wurde. An kein Gerät wurde etwas gesendet. Laden Sie die Firmware erneut herunter, oder korrigieren Sie den Plan.</translation>
    </message>
    <message>
        <source>Firmware SHA-256: %1</source>
        <translation>Firmware-SHA-256: %1</translation>
    </message>
    <message>
        <source>Firmware SHA-256: %1, as the plan says</source>
        <translation>Firmware-SHA-256: %1, wie im Plan angegeben</translation>
    </message>
    <message>
        <source>The run was interrupted before its checks.</source>
        <translation>Der Lauf wurde vor den Prüfungen unterbrochen.</translation>
    </message>
    <message>
        <source>The run was interrupted during the checks.</source>
        <translation>Der Lauf wurde während der Prüfungen unterbrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) failed their checks, and the plan&apos;s limit is %1: no device was updated.</source>
        <translation>
            <numerusform>%n Gerät hat die Prüfungen nicht bestanden, und das Limit des Plans ist %1: Es wurde kein Gerät aktualisiert.</numerusform>
            <numerusform>%n Geräte haben die Prüfungen nicht bestanden, und das Limit des Plans ist %1: Es wurde kein Gerät aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>A dry run: it passed its checks and would be updated.</source>
        <translation>Probelauf: Das Gerät hat die Prüfungen bestanden und würde aktualisiert.</translation>
    </message>
    <message>
        <source>A dry run; it would be skipped: %1</source>
        <translation>Probelauf; das Gerät würde übersprungen: %1</translation>
    </message>
    <message>
        <source>Its version cannot be read, so it cannot be compared with the target %1: it is updated.</source>
        <translation>Die Version des Geräts kann nicht gelesen und daher nicht mit der Zielversion %1 verglichen werden: Das Gerät wird aktualisiert.</translation>
    </message>
    <message>
        <source>The canary %1 failed (the first wave): no other device starts. Set &quot;continueOnError&quot; in the plan to go on after a failed canary.</source>
        <translation>Das Gerät %1 der Pilotwelle (der ersten Welle) ist fehlgeschlagen: Kein weiteres Gerät startet. Setzen Sie &quot;continueOnError&quot; im Plan, um nach einem Fehlschlag in der Pilotwelle fortzufahren.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) failed, and the plan&apos;s limit is %1: no other device starts.</source>
        <translation>
            <numerusform>%n Gerät ist fehlgeschlagen, und das Limit des Plans ist %1: Kein weiteres Gerät startet.</numerusform>
            <numerusform>%n Geräte sind fehlgeschlagen, und das Limit des Plans ist %1: Kein weiteres Gerät startet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Target version: %1, as the first updated device reports.</source>
        <translation>Zielversion: %1, wie vom ersten aktualisierten Gerät gemeldet.</translation>
    </message>
    <message>
        <source>Halted: %1 Running devices finish.</source>
        <translation>Angehalten: %1 Bereits laufende Geräte laufen zu Ende.</translation>
    </message>
    <message>
        <source>Paused: devices under way go on; no other device starts its upload.</source>
        <translation>Pausiert: Laufende Geräte machen weiter; kein weiteres Gerät beginnt mit dem Hochladen.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Fortgesetzt.</translation>
    </message>
    <message>
        <source>No other device starts, and uploads under way stop (those devices keep their firmware). Devices that have their image already are followed to the end of their update.</source>
        <translation>Kein weiteres Gerät startet, und laufendes Hochladen wird abgebrochen (diese Geräte behalten ihre Firmware). Geräte, die ihr Image bereits haben, werden bis zum Ende ihres Updates verfolgt.</translation>
    </message>
    <message>
        <source>The devices still updating are no longer followed: they carry on with their update on their own and restart twice. Do not power them off. Their result will not be known here.</source>
        <translation>Die Geräte, die sich noch aktualisieren, werden nicht mehr verfolgt: Diese Geräte setzen ihr Update selbstständig fort und starten zweimal neu. Schalten Sie sie nicht aus, und trennen Sie sie nicht vom Strom. Ihr Ergebnis ist hier dann nicht bekannt.</translation>
    </message>
    <message>
        <source>Interrupted while hashing the firmware: nothing was sent.</source>
        <translation>Beim Berechnen des Hash-Werts der Firmware unterbrochen: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The run was interrupted.</source>
        <translation>Der Lauf wurde unterbrochen.</translation>
    </message>
    <message>
        <source>Interrupted: no other device starts, and uploads stop. Devices that have their image are followed to the end; interrupt again to stop following them.</source>
        <translation>Unterbrochen: Kein weiteres Gerät startet, und das Hochladen wird abgebrochen. Geräte, die ihr Image haben, werden bis zum Ende verfolgt; unterbrechen Sie erneut, um das Verfolgen zu beenden.</translation>
    </message>
    <message>
        <source>Interrupted again: the devices still updating carry on on their own; do not power them off.</source>
        <translation>Erneut unterbrochen: Die Geräte, die sich noch aktualisieren, machen selbstständig weiter; schalten Sie sie nicht aus, und trennen Sie sie nicht vom Strom.</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 devices passed their checks; nothing was updated.</source>
        <translation>Probelauf: %1 von %2 Geräten haben die Prüfungen bestanden; es wurde nichts aktualisiert.</translation>
    </message>
    <message>
        <source>%1 updated, %2 skipped, %3 failed, %4 not updated of %5 devices.</source>
        <translation>Von %5 Geräten: %1 aktualisiert, %2 übersprungen, %3 fehlgeschlagen, %4 nicht aktualisiert.</translation>
    </message>
</context>
<context>
    <name>groov::FleetTargetResolver</name>
    <message>
        <source>Device %1: %2</source>
        <translation>Gerät %1: %2</translation>
    </message>
    <message>
        <source>Device %1: the environment variable %2 that should hold its API key is not set. Set it, or name another key source in the plan.</source>
        <translation>Gerät %1: Die Umgebungsvariable %2, die seinen API-Schlüssel enthalten soll, ist nicht gesetzt. Setzen Sie sie, oder geben Sie im Plan eine andere Schlüsselquelle an.</translation>
    </message>
    <message>
        <source>Device %1: its key is in the keychain, which this computer does not offer.</source>
        <translation>Gerät %1: Sein Schlüssel liegt im Schlüsselbund, den dieser Computer nicht bietet.</translation>
    </message>
    <message>
        <source>Device %1: no API key for profile &quot;%2&quot; in the keychain: %3 Save it from groov-update-gui, or name another key source in the plan.</source>
        <translation>Gerät %1: Kein API-Schlüssel für das Profil &quot;%2&quot; im Schlüsselbund: %3 Speichern Sie ihn aus groov-update-gui, oder geben Sie im Plan eine andere Schlüsselquelle an.</translation>
    </message>
    <message>
        <source>Device %1: no API key for profile &quot;%2&quot; in the keychain: it holds none. Save it from groov-update-gui, or name another key source in the plan.</source>
        <translation>Gerät %1: Kein API-Schlüssel für das Profil &quot;%2&quot; im Schlüsselbund: Er enthält keinen. Speichern Sie ihn aus groov-update-gui, oder geben Sie im Plan eine andere Schlüsselquelle an.</translation>
    </message>
</context>
<context>
    <name>groov::KeychainSecretStore</name>
    <message>
        <source>No keychain is available on this system (%1); the API key cannot be remembered.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar (%1); der API-Schlüssel kann nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>groov::MultipartFormBody</name>
    <message>
        <source>A request body can only be opened for reading.</source>
        <translation>Ein Anfrageinhalt kann nur zum Lesen geöffnet werden.</translation>
    </message>
    <message>
        <source>The file field&apos;s device must be open, with random access.</source>
        <translation>Die Datenquelle des Dateifelds muss geöffnet sein und wahlfreien Zugriff erlauben.</translation>
    </message>
</context>
<context>
    <name>groov::UpdateController</name>
    <message>
        <source>Following the update on %1 (%2)</source>
        <translation>Update auf %1 wird verfolgt (%2)</translation>
    </message>
    <message>
        <source>Checking %1 (%2)</source>
        <translation>%1 wird geprüft (%2)</translation>
    </message>
    <message>
        <source>Certificate checks are off; anyone on the network path could read the API key.</source>
        <translation>Zertifikatsprüfungen sind ausgeschaltet; jeder auf dem Netzwerkpfad könnte den API-Schlüssel mitlesen.</translation>
    </message>
    <message>
        <source>Could not compute the firmware&apos;s SHA-256: %1</source>
        <translation>Der SHA-256 der Firmware konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>The device does not answer (%1): it may be restarting. Waiting for it for up to %2 minutes.</source>
        <translation>Das Gerät antwortet nicht (%1): Möglicherweise startet es gerade neu. Es wird bis zu %2 Minuten auf das Gerät gewartet.</translation>
    </message>
    <message>
        <source>An update that erases the settings gives the device a new certificate and removes its API keys: if it is back, it must be commissioned again before it can be checked.</source>
        <translation>Ein Update, das die Einstellungen löscht, gibt dem Gerät ein neues Zertifikat und entfernt seine API-Schlüssel: Wenn es wieder erreichbar ist, muss es neu eingerichtet werden, bevor es geprüft werden kann.</translation>
    </message>
    <message>
        <source>The file name %1 suggests %2 firmware, but the device is a %3. The device will reject firmware for another family at the decrypt stage.</source>
        <translation>Der Dateiname %1 deutet auf Firmware für %2 hin, aber das Gerät ist ein %3. Das Gerät wird Firmware für eine andere Familie in der Phase &quot;Entschlüsseln&quot; ablehnen.</translation>
    </message>
    <message>
        <source>Pre-flight passed: the device answers, the key is accepted and the file is readable. Nothing was uploaded.</source>
        <translation>Vorabprüfung bestanden: Das Gerät antwortet, der Schlüssel wird akzeptiert, und die Datei ist lesbar. Es wurde nichts hochgeladen.</translation>
    </message>
    <message>
        <source>Waiting for a turn to upload: the run is paused, and no upload starts until it is resumed.</source>
        <translation>Warten auf Freigabe zum Hochladen: Der Lauf ist pausiert, und bis er fortgesetzt wird, beginnt kein Hochladen.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for a turn to upload: %n device(s) upload at once.</source>
        <translation>
            <numerusform>Warten auf Freigabe zum Hochladen: Es lädt höchstens %n Gerät gleichzeitig hoch.</numerusform>
            <numerusform>Warten auf Freigabe zum Hochladen: Es laden höchstens %n Geräte gleichzeitig hoch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the device (settings will be preserved)</source>
        <translation>Gerät wird vorbereitet (Einstellungen werden beibehalten)</translation>
    </message>
    <message>
        <source>Preparing the device (FACTORY RESET: settings will be erased)</source>
        <translation>Gerät wird vorbereitet (ZURÜCKSETZEN AUF WERKSEINSTELLUNGEN: Einstellungen werden gelöscht)</translation>
    </message>
    <message>
        <source>The device refused to prepare for the update</source>
        <translation>Das Gerät hat die Vorbereitung auf das Update abgelehnt</translation>
    </message>
    <message>
        <source>Cannot read chunk %1 of %2 from %3: %4</source>
        <translation>Block %1 von %2 kann nicht aus %3 gelesen werden: %4</translation>
    </message>
    <message>
        <source>The device accepted the whole image and now installs it on its own: it restarts twice and takes 10 to 20 minutes. Do not power it off.</source>
        <translation>Das Gerät hat das vollständige Image angenommen und installiert es jetzt selbstständig: Es startet zweimal neu, was 10 bis 20 Minuten dauert. Schalten Sie es nicht aus, und trennen Sie es nicht vom Strom.</translation>
    </message>
    <message>
        <source>The device&apos;s certificate changed during the upload (chunk %1 of %2); the upload was stopped and the key was not sent again. The device keeps its current firmware.</source>
        <translation>Das Zertifikat des Geräts hat sich während des Hochladens geändert (Block %1 von %2); das Hochladen wurde abgebrochen, und der Schlüssel wurde nicht erneut gesendet. Das Gerät behält seine aktuelle Firmware.</translation>
    </message>
    <message>
        <source>The device refused the API key at chunk %1 of %2 (HTTP 401): the key was revoked or changed during the update, or its user is no longer an administrator. No further chunks were sent.</source>
        <translation>Das Gerät hat den API-Schlüssel bei Block %1 von %2 abgelehnt (HTTP 401): Der Schlüssel wurde während des Updates widerrufen oder geändert, oder sein Benutzer ist kein Administrator mehr. Es wurden keine weiteren Blöcke gesendet.</translation>
    </message>
    <message>
        <source>The device refused chunk %1 of %2</source>
        <translation>Das Gerät hat Block %1 von %2 abgelehnt</translation>
    </message>
    <message>
        <source>Chunk %1 of %2 failed %3 times (last: %4). Check the network.</source>
        <translation>Block %1 von %2 ist %3-mal fehlgeschlagen (zuletzt: %4). Prüfen Sie das Netzwerk.</translation>
    </message>
    <message>
        <source>Chunk %1 of %2 failed %3 times (last: %4). Check the network and run the update again.</source>
        <translation>Block %1 von %2 ist %3-mal fehlgeschlagen (zuletzt: %4). Prüfen Sie das Netzwerk, und führen Sie das Update erneut aus.</translation>
    </message>
    <message>
        <source>Chunk %1 of %2: %3; retrying in %4 s (attempt %5 of %6)</source>
        <translation>Block %1 von %2: %3; neuer Versuch in %4 s (Versuch %5 von %6)</translation>
    </message>
    <message>
        <source>The device did not finish within %1 minutes. Last seen: %2. It last answered at %3. It may still be working: check it again, or look at it in groov Manage, before doing anything else.</source>
        <translation>Das Gerät ist nicht innerhalb von %1 Minuten fertig geworden. Zuletzt gesehen: %2. Letzte Antwort: %3. Möglicherweise arbeitet es noch: Prüfen Sie es erneut, oder sehen Sie in groov Manage nach, bevor Sie irgendetwas anderes tun.</translation>
    </message>
    <message>
        <source>The device&apos;s status answer was not understood (%1).</source>
        <translation>Die Statusantwort des Geräts wurde nicht verstanden (%1).</translation>
    </message>
    <message>
        <source>The device reported an error at stage %1</source>
        <translation>Das Gerät meldet einen Fehler in der Phase %1</translation>
    </message>
    <message>
        <source>No answer from the device: %1</source>
        <translation>Keine Antwort vom Gerät: %1</translation>
    </message>
    <message>
        <source>The device answered, but not usefully: %1</source>
        <translation>Das Gerät hat geantwortet, aber nicht verwertbar: %1</translation>
    </message>
    <message>
        <source>Firmware updated: version %1 -&gt; %2.</source>
        <translation>Firmware aktualisiert: Version %1 -&gt; %2.</translation>
    </message>
    <message>
        <source>The device restarted and is back and ready. It does not report its version (older firmware): check it in groov Manage.</source>
        <translation>Das Gerät hat neu gestartet und ist wieder bereit. Es meldet seine Version nicht (ältere Firmware): Prüfen Sie sie in groov Manage.</translation>
    </message>
    <message>
        <source>The device restarted and is back and ready. It reports version %1, as before: the reported version is the I/O server&apos;s and may not change with every firmware build. Check the firmware version in groov Manage.</source>
        <translation>Das Gerät hat neu gestartet und ist wieder bereit. Es meldet wie zuvor die Version %1: Die gemeldete Version ist die des I/O-Servers und ändert sich möglicherweise nicht mit jedem Firmware-Build. Prüfen Sie die Firmware-Version in groov Manage.</translation>
    </message>
    <message>
        <source>The update could not be verified: neither a restart nor a new version was seen.</source>
        <translation>Das Update konnte nicht bestätigt werden: Weder ein Neustart noch eine neue Version wurde gesehen.</translation>
    </message>
    <message>
        <source>The device restarted and is back factory-fresh, as asked: it must be commissioned again (a new administrator account and API key) before it can be used. Its firmware version can be read once it is commissioned.</source>
        <translation>Das Gerät hat neu gestartet und ist wie angefordert auf Werkseinstellungen zurückgesetzt: Es muss neu eingerichtet werden (neues Administratorkonto und neuer API-Schlüssel), bevor es verwendet werden kann. Seine Firmware-Version kann gelesen werden, sobald es neu eingerichtet ist.</translation>
    </message>
    <message>
        <source>It now presents a new certificate (SHA-256 %1…): compare it with the one groov Manage shows before you trust it.</source>
        <translation>Das Gerät legt jetzt ein neues Zertifikat vor (SHA-256 %1…): Vergleichen Sie es mit dem in groov Manage angezeigten, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>The device came back from its restarts without its settings, although they were to be preserved: it has answered as not commissioned for %1 minutes. Commission it again in groov Manage (a new administrator account and API key) and check its network settings.</source>
        <translation>Das Gerät ist ohne seine Einstellungen aus den Neustarts zurückgekommen, obwohl sie beibehalten werden sollten: Es meldet sich seit %1 Minuten als nicht eingerichtet. Richten Sie es in groov Manage neu ein (neues Administratorkonto und neuer API-Schlüssel), und prüfen Sie seine Netzwerkeinstellungen.</translation>
    </message>
    <message>
        <source>The device now presents a different certificate (SHA-256 %1…) although its settings were to be preserved. The key was not sent. Its settings, certificate included, may have been lost, or someone may be intercepting the connection: check the device in groov Manage.</source>
        <translation>Das Gerät legt jetzt ein anderes Zertifikat vor (SHA-256 %1…), obwohl seine Einstellungen beibehalten werden sollten. Der Schlüssel wurde nicht gesendet. Möglicherweise sind seine Einstellungen einschließlich des Zertifikats verloren gegangen, oder es liegt ein Abfangen der Verbindung vor: Prüfen Sie das Gerät in groov Manage.</translation>
    </message>
    <message>
        <source>The device stopped accepting the API key while processing the firmware (HTTP 401): the key was revoked or changed meanwhile. The device continues the update on its own: check it in groov Manage.</source>
        <translation>Das Gerät hat den API-Schlüssel während der Verarbeitung der Firmware nicht mehr akzeptiert (HTTP 401): Der Schlüssel wurde inzwischen widerrufen oder geändert. Das Gerät setzt das Update selbstständig fort: Prüfen Sie es in groov Manage.</translation>
    </message>
    <message>
        <source>The device kept answering, but %1 answers in a row said nothing this program understands, so its progress cannot be followed. It has the whole image and continues on its own: check it again later, or look at it in groov Manage.</source>
        <translation>Das Gerät hat weiter geantwortet, aber %1 Antworten in Folge enthielten nichts, was dieses Programm versteht; daher kann sein Fortschritt nicht verfolgt werden. Es hat das vollständige Image und macht selbstständig weiter: Prüfen Sie es später erneut, oder sehen Sie in groov Manage nach.</translation>
    </message>
    <message>
        <source>This only stops watching. The device carries on with its update on its own; do not power it off while it does.</source>
        <translation>Damit wird nur die Beobachtung beendet. Das Gerät setzt sein Update selbstständig fort; schalten Sie es währenddessen nicht aus, und trennen Sie es nicht vom Strom.</translation>
    </message>
    <message>
        <source>The upload stops now. Every byte of the image was sent, but the device has not confirmed the last chunk: it may have the whole image and install it on its own. Check it before starting again.</source>
        <translation>Das Hochladen wird jetzt abgebrochen. Jedes Byte des Images wurde gesendet, aber das Gerät hat den letzten Block nicht bestätigt: Möglicherweise hat es das vollständige Image und installiert es selbstständig. Prüfen Sie das Gerät, bevor Sie erneut starten.</translation>
    </message>
    <message>
        <source>The upload stops now. The device has not received the whole image and keeps its current firmware.</source>
        <translation>Das Hochladen wird jetzt abgebrochen. Das Gerät hat das Image nicht vollständig erhalten und behält seine aktuelle Firmware.</translation>
    </message>
    <message>
        <source>This only stops watching. The device already has the whole image and continues the update on its own: it restarts twice and is back in 10 to 20 minutes. Do not power it off.</source>
        <translation>Damit wird nur die Beobachtung beendet. Das Gerät hat bereits das vollständige Image und setzt das Update selbstständig fort: Es startet zweimal neu und ist in 10 bis 20 Minuten wieder erreichbar. Schalten Sie es nicht aus, und trennen Sie es nicht vom Strom.</translation>
    </message>
    <message>
        <source>Finishing the firmware&apos;s SHA-256...</source>
        <translation>SHA-256 der Firmware wird fertig berechnet...</translation>
    </message>
    <message>
        <source>Every byte of the image was sent, but the device never confirmed the last chunk: it may have the whole image and be installing it now. Check it (follow it) before starting again.</source>
        <translation>Jedes Byte des Images wurde gesendet, aber das Gerät hat den letzten Block nie bestätigt: Möglicherweise hat es das vollständige Image und installiert es gerade. Prüfen Sie das Gerät (verfolgen Sie das Update), bevor Sie erneut starten.</translation>
    </message>
    <message>
        <source>The device did not receive the whole image and keeps its current firmware.</source>
        <translation>Das Gerät hat das Image nicht vollständig erhalten und behält seine aktuelle Firmware.</translation>
    </message>
    <message>
        <source>Another update may already be running on the device: wait for it to finish, then try again.</source>
        <translation>Möglicherweise läuft auf dem Gerät bereits ein anderes Update: Warten Sie, bis es abgeschlossen ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The bytes sent to the device are not those of the firmware file that was checked (SHA-256 %1): the file was changed while it was being sent. The device may reject the image or install a mixed one. Keep the file from being changed, check the device, and update again.</source>
        <translation>Die an das Gerät gesendeten Bytes sind nicht die der geprüften Firmware-Datei (SHA-256 %1): Die Datei wurde während des Sendens geändert. Das Gerät lehnt das Image möglicherweise ab oder installiert ein gemischtes. Verhindern Sie Änderungen an der Datei, prüfen Sie das Gerät, und aktualisieren Sie erneut.</translation>
    </message>
    <message>
        <source>The device does not answer (no answer within %1 s: the connection or its TLS handshake never completed, or the device answered too slowly): it may be restarting. Waiting for it for up to %2 minutes.</source>
        <translation>Das Gerät antwortet nicht (keine Antwort innerhalb von %1 s: Die Verbindung oder ihr TLS-Handshake wurde nie abgeschlossen, oder das Gerät hat zu langsam geantwortet): Möglicherweise startet es gerade neu. Es wird bis zu %2 Minuten auf das Gerät gewartet.</translation>
    </message>
    <message>
        <source>The device does not answer (no answer within %1 s: the connection or its TLS handshake never completed, or the device stopped answering): it may be restarting. Waiting for it for up to %2 minutes.</source>
        <translation>Das Gerät antwortet nicht (keine Antwort innerhalb von %1 s: Die Verbindung oder ihr TLS-Handshake wurde nie abgeschlossen, oder das Gerät antwortet nicht mehr): Möglicherweise startet es gerade neu. Es wird bis zu %2 Minuten auf das Gerät gewartet.</translation>
    </message>
    <message>
        <source>The device does not answer (timed out): it may be restarting. Waiting for it for up to %1 minutes.</source>
        <translation>Das Gerät antwortet nicht (Zeitüberschreitung): Möglicherweise startet es gerade neu. Es wird bis zu %1 Minuten auf das Gerät gewartet.</translation>
    </message>
    <message>
        <source>The device does not answer (the connection was refused: nothing accepts connections on that port): it may be restarting. Waiting for it for up to %1 minutes.</source>
        <translation>Das Gerät antwortet nicht (die Verbindung wurde abgelehnt: An diesem Port nimmt nichts Verbindungen an): Möglicherweise startet es gerade neu. Es wird bis zu %1 Minuten auf das Gerät gewartet.</translation>
    </message>
    <message>
        <source>The device does not answer (it closed the connection): it may be restarting. Waiting for it for up to %1 minutes.</source>
        <translation>Das Gerät antwortet nicht (es hat die Verbindung geschlossen): Möglicherweise startet es gerade neu. Es wird bis zu %1 Minuten auf das Gerät gewartet.</translation>
    </message>
    <message>
        <source>The device reported an error at stage %1 (error code %2)</source>
        <translation>Das Gerät meldet einen Fehler in der Phase %1 (Fehlercode %2)</translation>
    </message>
    <message>
        <source>The device reported an error at stage %1: %2</source>
        <translation>Das Gerät meldet einen Fehler in der Phase %1: %2</translation>
    </message>
    <message>
        <source>The device reported an error at stage %1 (error code %2): %3</source>
        <translation>Das Gerät meldet einen Fehler in der Phase %1 (Fehlercode %2): %3</translation>
    </message>
    <message>
        <source>The file name %1 says version %2: this is a reinstall of the device&apos;s %3.</source>
        <translation>Der Dateiname %1 nennt Version %2: Das ist eine erneute Installation der Geräteversion %3.</translation>
    </message>
    <message>
        <source>The file name %1 says version %2: this is a downgrade from the device&apos;s %3.</source>
        <translation>Der Dateiname %1 nennt Version %2: Das ist ein Downgrade von der Geräteversion %3.</translation>
    </message>
    <message>
        <source>The device did not finish within %1 minutes. Last seen: %2. It did not answer at all during this run. It may still be working: check it again, or look at it in groov Manage, before doing anything else.</source>
        <translation>Das Gerät ist nicht innerhalb von %1 Minuten fertig geworden. Zuletzt gesehen: %2. Es hat während dieses Laufs überhaupt nicht geantwortet. Möglicherweise arbeitet es noch: Prüfen Sie es erneut, oder sehen Sie in groov Manage nach, bevor Sie irgendetwas anderes tun.</translation>
    </message>
    <message>
        <source>Stage %1 running</source>
        <translation>Phase %1 läuft</translation>
    </message>
    <message>
        <source>The device is ready and not updating; it reports no version. This run did not see an update under way, so it cannot tell whether the last one succeeded: check the firmware version in groov Manage.</source>
        <translation>Das Gerät ist bereit und wird nicht aktualisiert; es meldet keine Version. Dieser Lauf hat kein laufendes Update gesehen und kann daher nicht feststellen, ob das letzte erfolgreich war: Prüfen Sie die Firmware-Version in groov Manage.</translation>
    </message>
    <message>
        <source>The device is ready and not updating; it reports version %1. This run did not see an update under way, so it cannot tell whether the last one succeeded: check the firmware version in groov Manage.</source>
        <translation>Das Gerät ist bereit und wird nicht aktualisiert; es meldet die Version %1. Dieser Lauf hat kein laufendes Update gesehen und kann daher nicht feststellen, ob das letzte erfolgreich war: Prüfen Sie die Firmware-Version in groov Manage.</translation>
    </message>
    <message>
        <source>The device is ready and no longer updating, but this run saw neither its restart nor a new version (it reports no version). The firmware may not be installed: check the firmware version in groov Manage.</source>
        <translation>Das Gerät ist bereit und wird nicht mehr aktualisiert, aber dieser Lauf hat weder seinen Neustart noch eine neue Version gesehen (es meldet keine Version). Die Firmware ist möglicherweise nicht installiert: Prüfen Sie die Firmware-Version in groov Manage.</translation>
    </message>
    <message>
        <source>The device is ready and no longer updating, but this run saw neither its restart nor a new version (it reports version %1). The firmware may not be installed: check the firmware version in groov Manage.</source>
        <translation>Das Gerät ist bereit und wird nicht mehr aktualisiert, aber dieser Lauf hat weder seinen Neustart noch eine neue Version gesehen (es meldet die Version %1). Die Firmware ist möglicherweise nicht installiert: Prüfen Sie die Firmware-Version in groov Manage.</translation>
    </message>
    <message numerus="yes">
        <source>The device has received the whole image (%n chunk(s)).</source>
        <translation>
            <numerusform>Das Gerät hat das vollständige Image erhalten (%n Block).</numerusform>
            <numerusform>Das Gerät hat das vollständige Image erhalten (%n Blöcke).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>groov::cli::FleetHumanReporter</name>
    <message numerus="yes">
        <source>== Wave %1 of %2: %n device(s)</source>
        <translation>
            <numerusform>== Welle %1 von %2: %n Gerät</numerusform>
            <numerusform>== Welle %1 von %2: %n Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>== Checking %n device(s)</source>
        <translation>
            <numerusform>== %n Gerät wird geprüft</numerusform>
            <numerusform>== %n Geräte werden geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>WARNING: %1</source>
        <translation>WARNUNG: %1</translation>
    </message>
    <message>
        <source>Result:  %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256:  %1</translation>
    </message>
    <message>
        <source>Target:  %1</source>
        <translation>Ziel:     %1</translation>
    </message>
    <message>
        <source>Report:  %1</source>
        <translation>Bericht:  %1</translation>
    </message>
</context>
<context>
    <name>groov::cli::HumanReporter</name>
    <message>
        <source>WARNING: %1</source>
        <translation>WARNUNG: %1</translation>
    </message>
    <message>
        <source>groov-update: %1</source>
        <translation>groov-update: %1</translation>
    </message>
    <message>
        <source>The device presented a DIFFERENT certificate than the pinned one:
</source>
        <translation>Das Gerät hat ein ANDERES Zertifikat als das gespeicherte vorgelegt:
</translation>
    </message>
    <message>
        <source>The device presented a certificate that is not trusted yet:
</source>
        <translation>Das Gerät hat ein Zertifikat vorgelegt, dem noch nicht vertraut wird:
</translation>
    </message>
    <message>
        <source>  Subject:  %1
</source>
        <translation>  Antragsteller:  %1
</translation>
    </message>
    <message>
        <source>  Issuer:   %1
</source>
        <translation>  Aussteller:     %1
</translation>
    </message>
    <message>
        <source>  Valid:    %1 to %2
</source>
        <translation>  Gültig:         %1 bis %2
</translation>
    </message>
    <message>
        <source>  SHA-256:  %1
</source>
        <translation>  SHA-256:        %1
</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one groov Manage shows for the device. If they match, re-run with:
  --fingerprint %1
</source>
        <translation>Vergleichen Sie diesen Fingerabdruck mit dem, den groov Manage für das Gerät anzeigt. Wenn beide übereinstimmen, führen Sie den Befehl erneut aus mit:
  --fingerprint %1
</translation>
    </message>
    <message>
        <source>Upload %1</source>
        <translation>Hochladen %1</translation>
    </message>
    <message numerus="yes">
        <source>Firmware %1: %2 MB in %n chunk(s)</source>
        <translation>
            <numerusform>Firmware %1: %2 MB in %n Block</numerusform>
            <numerusform>Firmware %1: %2 MB in %n Blöcken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>groov::gui::AboutDialog</name>
    <message>
        <source>About groov Firmware Update</source>
        <translation>Über groov Firmware Update</translation>
    </message>
    <message>
        <source>groov Firmware Update</source>
        <translation>groov Firmware Update</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Running on Qt %1</source>
        <translation>Läuft mit Qt %1</translation>
    </message>
    <message>
        <source>Updates the firmware of Opto 22 groov EPIC processors and groov RIO modules over the network, and reports success only on the device&apos;s evidence.</source>
        <translation>Aktualisiert die Firmware von Opto 22 groov EPIC-Prozessoren und groov RIO-Modulen über das Netzwerk und meldet Erfolg nur, wenn das Gerät ihn belegt.</translation>
    </message>
    <message>
        <source>Documentation: %1
Manual pages: groov-update(1), groov-update-gui(1)</source>
        <translation>Dokumentation: %1
Handbuchseiten: groov-update(1), groov-update-gui(1)</translation>
    </message>
    <message>
        <source>Copyright %1</source>
        <translation>Copyright %1</translation>
    </message>
    <message>
        <source>groov Firmware Update icon</source>
        <translation>Symbol von groov Firmware Update</translation>
    </message>
    <message>
        <source>Close the About window</source>
        <translation>Das Fenster „Über“ schließen</translation>
    </message>
</context>
<context>
    <name>groov::gui::DevicePage</name>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Which groov EPIC or groov RIO to update, and the API key of one of its administrators.</source>
        <translation>Welches groov EPIC oder groov RIO aktualisiert werden soll, und der API-Schlüssel eines seiner Administratoren.</translation>
    </message>
    <message>
        <source>Saved device profile</source>
        <translation>Gespeichertes Geräteprofil</translation>
    </message>
    <message>
        <source>Manage saved profiles</source>
        <translation>Gespeicherte Profile verwalten</translation>
    </message>
    <message>
        <source>Device address</source>
        <translation>Geräteadresse</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>API-Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Preserve the device&apos;s settings</source>
        <translation>Einstellungen des Geräts beibehalten</translation>
    </message>
    <message>
        <source>Check device</source>
        <translation>Gerät prüfen</translation>
    </message>
    <message>
        <source>Filled in from the environment variable GROOV_API_KEY.</source>
        <translation>Aus der Umgebungsvariablen GROOV_API_KEY übernommen.</translation>
    </message>
    <message>
        <source>Save this device as a profile</source>
        <translation>Dieses Gerät als Profil speichern</translation>
    </message>
    <message>
        <source>Update many devices: open the Fleet window</source>
        <translation>Viele Geräte aktualisieren: Fenster &quot;Flotte&quot; öffnen</translation>
    </message>
    <message>
        <source>The last check no longer stands: check the device again.</source>
        <translation>Die letzte Prüfung gilt nicht mehr: Prüfen Sie das Gerät erneut.</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>Neues Gerät</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n saved profile(s) that cannot be used: %1</source>
        <translation>
            <numerusform>%n gespeichertes Profil übersprungen, das nicht verwendet werden kann: %1</numerusform>
            <numerusform>%n gespeicherte Profile übersprungen, die nicht verwendet werden können: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The key of profile &quot;%1&quot;, kept in the system keychain.</source>
        <translation>Der Schlüssel des Profils &quot;%1&quot;, aufbewahrt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Enter the API key. Create one in groov Manage for an administrator account (Accounts, API key) and paste it here.</source>
        <translation>Geben Sie den API-Schlüssel ein. Erstellen Sie in groov Manage einen Schlüssel für ein Administratorkonto (Accounts, API key), und fügen Sie ihn hier ein.</translation>
    </message>
    <message>
        <source>Correct the marked field first; nothing was sent to the device.</source>
        <translation>Korrigieren Sie zuerst das markierte Feld; es wurde nichts an das Gerät gesendet.</translation>
    </message>
    <message>
        <source>Correct the marked fields first; nothing was sent to the device.</source>
        <translation>Korrigieren Sie zuerst die markierten Felder; es wurde nichts an das Gerät gesendet.</translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation>%1 wird geprüft...</translation>
    </message>
    <message>
        <source>The device refused the API key (HTTP 401). An update on %1 erased this device&apos;s settings, and its API keys with them: once the device is commissioned again in groov Manage (a new administrator account), create a new API key there and enter it here.</source>
        <translation>Das Gerät hat den API-Schlüssel abgelehnt (HTTP 401). Ein Update am %1 hat die Einstellungen dieses Geräts gelöscht und damit auch seine API-Schlüssel: Sobald das Gerät in groov Manage neu eingerichtet ist (neues Administratorkonto), erstellen Sie dort einen neuen API-Schlüssel und geben ihn hier ein.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, reported firmware version %2.&lt;br&gt;Certificate: %3, SHA-256 %4…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, gemeldete Firmware-Version %2.&lt;br&gt;Zertifikat: %3, SHA-256 %4…</translation>
    </message>
    <message>
        <source>Model unknown</source>
        <translation>Modell unbekannt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The device refused this API key.</source>
        <translation>Das Gerät hat diesen API-Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <source>The certificate was not trusted, so nothing was sent to the device.</source>
        <translation>Dem Zertifikat wurde nicht vertraut, daher wurde nichts an das Gerät gesendet.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; now pins this certificate.</source>
        <translation>Das Profil &quot;%1&quot; speichert jetzt dieses Zertifikat.</translation>
    </message>
    <message>
        <source>Saved as profile &quot;%1&quot;, with this certificate pinned.</source>
        <translation>Als Profil &quot;%1&quot; gespeichert, mit diesem Zertifikat als gespeichertem Zertifikat.</translation>
    </message>
    <message>
        <source>Saved as profile &quot;%1&quot;.</source>
        <translation>Als Profil &quot;%1&quot; gespeichert.</translation>
    </message>
    <message>
        <source>The profile keeps this device&apos;s address and the settings choice, the API key in the system keychain, and pins the certificate the device presented (SHA-256 %1): later checks trust only that certificate.

Profile name:</source>
        <translation>Das Profil speichert die Adresse dieses Geräts, ob die Einstellungen beibehalten werden, den API-Schlüssel im Schlüsselbund des Systems sowie das vom Gerät vorgelegte Zertifikat (SHA-256 %1): Spätere Prüfungen vertrauen nur diesem Zertifikat.

Profilname:</translation>
    </message>
    <message>
        <source>The profile keeps this device&apos;s address and the settings choice, the API key in the system keychain, and its trust: %1.

Profile name:</source>
        <translation>Das Profil speichert die Adresse dieses Geräts, ob die Einstellungen beibehalten werden, den API-Schlüssel im Schlüsselbund des Systems sowie die Vertrauenseinstellung: %1.

Profilname:</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>Als Profil speichern</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists; choose another name.</source>
        <translation>Ein Profil namens &quot;%1&quot; existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Das Profil konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The system keychain did not keep the API key: %1</source>
        <translation>Der Schlüsselbund des Systems hat den API-Schlüssel nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>groov::gui::FirmwarePage</name>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>The firmware image to install. It is checked and its SHA-256 computed before anything is sent.</source>
        <translation>Das zu installierende Firmware-Image. Es wird geprüft und sein SHA-256 berechnet, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>Firmware file</source>
        <translation>Firmware-Datei</translation>
    </message>
    <message>
        <source>Browse for the firmware file</source>
        <translation>Nach der Firmware-Datei suchen</translation>
    </message>
    <message>
        <source>Stop computing the SHA-256</source>
        <translation>Berechnung des SHA-256 anhalten</translation>
    </message>
    <message>
        <source>Expected SHA-256</source>
        <translation>Erwarteter SHA-256</translation>
    </message>
    <message>
        <source>SHA-256 progress</source>
        <translation>SHA-256-Fortschritt</translation>
    </message>
    <message>
        <source>not computed (stopped)</source>
        <translation>nicht berechnet (angehalten)</translation>
    </message>
    <message>
        <source>groov firmware (%1)</source>
        <translation>groov-Firmware (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>Alle Dateien (%1)</translation>
    </message>
    <message>
        <source>Choose the firmware file</source>
        <translation>Firmware-Datei auswählen</translation>
    </message>
    <message>
        <source>%1 MB (%2 bytes)</source>
        <translation>%1 MB (%2 Byte)</translation>
    </message>
    <message>
        <source>computing...</source>
        <translation>wird berechnet...</translation>
    </message>
    <message>
        <source>not in the file name; the device will tell after the update</source>
        <translation>nicht im Dateinamen; das Gerät meldet sie nach dem Update</translation>
    </message>
    <message>
        <source>The expected SHA-256 must be 64 hexadecimal digits.</source>
        <translation>Der erwartete SHA-256 muss aus 64 Hexadezimalziffern bestehen.</translation>
    </message>
    <message>
        <source>The file&apos;s SHA-256 does not match the expected one: the file is damaged, incomplete or not the one you meant. Download it again.</source>
        <translation>Der SHA-256 der Datei stimmt nicht mit dem erwarteten überein: Die Datei ist beschädigt, unvollständig oder nicht die gemeinte. Laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>The SHA-256 matches the expected one.</source>
        <translation>Der SHA-256 stimmt mit dem erwarteten überein.</translation>
    </message>
    <message>
        <source>The file name suggests %1 firmware, but the device is a %2 (%3). The device will reject firmware for another family after the whole upload.</source>
        <translation>Der Dateiname deutet auf Firmware für %1 hin, aber das Gerät ist ein %2 (%3). Das Gerät wird Firmware für eine andere Familie erst nach dem vollständigen Hochladen ablehnen.</translation>
    </message>
</context>
<context>
    <name>groov::gui::FleetProfilesDialog</name>
    <message>
        <source>Saved profiles to update</source>
        <translation>Zu aktualisierende gespeicherte Profile</translation>
    </message>
    <message>
        <source>Fleet from a device list</source>
        <translation>Flotte aus einer Geräteliste</translation>
    </message>
    <message>
        <source>&amp;Devices to update, from %1:</source>
        <translation>Zu aktualisierende &amp;Geräte aus %1:</translation>
    </message>
    <message>
        <source>Devices of the list to update</source>
        <translation>Zu aktualisierende Geräte der Liste</translation>
    </message>
    <message>
        <source>Firmware file</source>
        <translation>Firmware-Datei</translation>
    </message>
    <message>
        <source>Choose the firmware file</source>
        <translation>Firmware-Datei auswählen</translation>
    </message>
    <message>
        <source>Uploads at once</source>
        <translation>Gleichzeitig hochladen</translation>
    </message>
    <message>
        <source>Preserve the devices&apos; settings</source>
        <translation>Einstellungen der Geräte beibehalten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Firmware for the fleet</source>
        <translation>Firmware für die Flotte</translation>
    </message>
    <message>
        <source>Firmware (*.bin);;All files (*)</source>
        <translation>Firmware (*.bin);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose at least one device.</source>
        <translation>Wählen Sie mindestens ein Gerät.</translation>
    </message>
    <message>
        <source>Choose the firmware file to install.</source>
        <translation>Wählen Sie die zu installierende Firmware-Datei.</translation>
    </message>
</context>
<context>
    <name>groov::gui::FleetSession</name>
    <message>
        <source>WARNING: %1</source>
        <translation>WARNUNG: %1</translation>
    </message>
</context>
<context>
    <name>groov::gui::FleetTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>from profile %1</source>
        <translation>aus Profil %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>groov::gui::FleetWindow</name>
    <message>
        <source>Import a fleet plan</source>
        <translation>Flottenplan importieren</translation>
    </message>
    <message>
        <source>Import a device list in CSV</source>
        <translation>Geräteliste als CSV importieren</translation>
    </message>
    <message>
        <source>Add devices from saved profiles</source>
        <translation>Geräte aus gespeicherten Profilen hinzufügen</translation>
    </message>
    <message>
        <source>Force: update devices that already run the target version</source>
        <translation>Erzwingen: Geräte aktualisieren, auf denen die Zielversion bereits läuft</translation>
    </message>
    <message>
        <source>Allow downgrade: update devices that run a newer version</source>
        <translation>Downgrade zulassen: Geräte aktualisieren, auf denen eine neuere Version läuft</translation>
    </message>
    <message>
        <source>Start the fleet update</source>
        <translation>Flotten-Update starten</translation>
    </message>
    <message>
        <source>Cancel the fleet update</source>
        <translation>Flotten-Update abbrechen</translation>
    </message>
    <message>
        <source>Export the fleet report</source>
        <translation>Flottenbericht exportieren</translation>
    </message>
    <message>
        <source>Devices of the fleet</source>
        <translation>Geräte der Flotte</translation>
    </message>
    <message>
        <source>Steps of the selected device&apos;s update</source>
        <translation>Update-Schritte des ausgewählten Geräts</translation>
    </message>
    <message>
        <source>Log of the selected device</source>
        <translation>Protokoll des ausgewählten Geräts</translation>
    </message>
    <message>
        <source>Result of the selected device</source>
        <translation>Ergebnis des ausgewählten Geräts</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s); firmware %1. Press Start to check them and update them as the plan says.</source>
        <translation>
            <numerusform>%n Gerät; Firmware %1. Klicken Sie auf &quot;Starten&quot;, um es zu prüfen und wie im Plan festgelegt zu aktualisieren.</numerusform>
            <numerusform>%n Geräte; Firmware %1. Klicken Sie auf &quot;Starten&quot;, um sie zu prüfen und wie im Plan festgelegt zu aktualisieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Bericht geschrieben: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Import a plan or a device list (docs/fleet.md), or add devices from saved profiles.</source>
        <translation>Importieren Sie einen Plan oder eine Geräteliste (docs/fleet.md), oder fügen Sie Geräte aus gespeicherten Profilen hinzu.</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Plan importieren</translation>
    </message>
    <message>
        <source>Import devices</source>
        <translation>Geräte importieren</translation>
    </message>
    <message>
        <source>Plans (*.json)</source>
        <translation>Pläne (*.json)</translation>
    </message>
    <message>
        <source>Import a device list</source>
        <translation>Geräteliste importieren</translation>
    </message>
    <message>
        <source>Device lists (*.csv);;All files (*)</source>
        <translation>Gerätelisten (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not started: the factory reset was not confirmed.</source>
        <translation>Nicht gestartet: Das Zurücksetzen auf Werkseinstellungen wurde nicht bestätigt.</translation>
    </message>
    <message>
        <source>Finding every device&apos;s key…</source>
        <translation>Schlüssel aller Geräte werden ermittelt…</translation>
    </message>
    <message>
        <source>Stop following the devices</source>
        <translation>Verfolgen der Geräte beenden</translation>
    </message>
    <message>
        <source>Cancel the fleet update?</source>
        <translation>Flotten-Update abbrechen?</translation>
    </message>
    <message>
        <source>Stop following the devices still updating?</source>
        <translation>Verfolgen der Geräte beenden, die sich noch aktualisieren?</translation>
    </message>
    <message>
        <source>Cancel the update</source>
        <translation>Update abbrechen</translation>
    </message>
    <message>
        <source>Stop following</source>
        <translation>Verfolgen beenden</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>JSON report, with a CSV beside it (*.json)</source>
        <translation>JSON-Bericht, mit CSV-Datei daneben (*.json)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume new starts</source>
        <translation>Neue Starts wieder zulassen</translation>
    </message>
    <message>
        <source>Pause new starts</source>
        <translation>Neue Starts anhalten</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop &amp;following</source>
        <translation>&amp;Verfolgen beenden</translation>
    </message>
    <message>
        <source>Fleet update running</source>
        <translation>Flotten-Update läuft</translation>
    </message>
    <message>
        <source>The fleet update is still running. Cancel it first, or wait until it ends.</source>
        <translation>Das Flotten-Update läuft noch. Brechen Sie es zuerst ab, oder warten Sie, bis es beendet ist.</translation>
    </message>
    <message>
        <source>About groov Firmware Update</source>
        <translation>Über groov Firmware Update</translation>
    </message>
    <message>
        <source>Pa&amp;use new starts</source>
        <translation>Neue Starts &amp;anhalten</translation>
    </message>
</context>
<context>
    <name>groov::gui::ProfilesDialog</name>
    <message>
        <source>Manage Profiles</source>
        <translation>Profile verwalten</translation>
    </message>
    <message>
        <source>Saved device profiles</source>
        <translation>Gespeicherte Geräteprofile</translation>
    </message>
    <message>
        <source>Rename the selected profile</source>
        <translation>Ausgewähltes Profil umbenennen</translation>
    </message>
    <message>
        <source>Duplicate the selected profile</source>
        <translation>Ausgewähltes Profil duplizieren</translation>
    </message>
    <message>
        <source>Delete the selected profile</source>
        <translation>Ausgewähltes Profil löschen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last update: %1, %2</source>
        <translation>Letztes Update: %1, %2</translation>
    </message>
    <message>
        <source>Last update: %1</source>
        <translation>Letztes Update: %1</translation>
    </message>
    <message>
        <source>New profile name:</source>
        <translation>Neuer Profilname:</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Ein Profil namens &quot;%1&quot; existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Rename Profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; renamed to &quot;%2&quot;.</source>
        <translation>Profil &quot;%1&quot; in &quot;%2&quot; umbenannt.</translation>
    </message>
    <message>
        <source>Duplicate Profile</source>
        <translation>Profil duplizieren</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; copied to &quot;%2&quot;.</source>
        <translation>Profil &quot;%1&quot; nach &quot;%2&quot; kopiert.</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete profile &quot;%1&quot;?</source>
        <translation>Profil &quot;%1&quot; löschen?</translation>
    </message>
    <message>
        <source>The profile and the API key saved with it are deleted; the device itself is not changed.</source>
        <translation>Das Profil und der damit gespeicherte API-Schlüssel werden gelöscht; das Gerät selbst wird nicht verändert.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted.</source>
        <translation>Profil &quot;%1&quot; gelöscht.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; renamed to &quot;%2&quot;, but its API key is not remembered: %3</source>
        <translation>Profil &quot;%1&quot; in &quot;%2&quot; umbenannt, aber unter dem neuen Namen ist kein API-Schlüssel gespeichert: %3</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; renamed to &quot;%2&quot;, but its API key could not be moved: %3</source>
        <translation>Profil &quot;%1&quot; in &quot;%2&quot; umbenannt, aber sein API-Schlüssel konnte nicht verschoben werden: %3</translation>
    </message>
    <message>
        <source>The API key was moved, but the old keychain entry of &quot;%1&quot; could not be deleted: %2</source>
        <translation>Der API-Schlüssel wurde verschoben, aber der alte Schlüsselbundeintrag von &quot;%1&quot; konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; copied to &quot;%2&quot;, but the API key is not remembered for it: %3</source>
        <translation>Profil &quot;%1&quot; nach &quot;%2&quot; kopiert, aber für die Kopie ist kein API-Schlüssel gespeichert: %3</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted, but its API key could not be removed from the keychain: %2</source>
        <translation>Profil &quot;%1&quot; gelöscht, aber sein API-Schlüssel konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>groov::gui::ProgressPage</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1% – groov update</source>
        <translation>%1 % – groov update</translation>
    </message>
    <message>
        <source>Stop the update?</source>
        <translation>Update abbrechen?</translation>
    </message>
    <message>
        <source>Stop watching the update?</source>
        <translation>Beobachtung des Updates beenden?</translation>
    </message>
    <message>
        <source>Stop the upload?</source>
        <translation>Hochladen abbrechen?</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Beobachtung beenden</translation>
    </message>
    <message>
        <source>Stop the upload</source>
        <translation>Hochladen abbrechen</translation>
    </message>
    <message>
        <source>Keep updating</source>
        <translation>Update fortsetzen</translation>
    </message>
    <message>
        <source>Following the update</source>
        <translation>Update wird verfolgt</translation>
    </message>
    <message>
        <source>The device already has the firmware: watching it to the end of its update. Keep this window open until the device is ready.</source>
        <translation>Das Gerät hat die Firmware bereits: Es wird bis zum Ende seines Updates beobachtet. Lassen Sie dieses Fenster geöffnet, bis das Gerät bereit ist.</translation>
    </message>
    <message>
        <source>Updated – groov update</source>
        <translation>Aktualisiert – groov update</translation>
    </message>
    <message>
        <source>Not verified – groov update</source>
        <translation>Nicht bestätigt – groov update</translation>
    </message>
    <message>
        <source>Needs commissioning – groov update</source>
        <translation>Ersteinrichtung erforderlich – groov update</translation>
    </message>
    <message>
        <source>Still updating on its own – groov update</source>
        <translation>Aktualisiert sich noch selbstständig – groov update</translation>
    </message>
    <message>
        <source>Cancelled – groov update</source>
        <translation>Abgebrochen – groov update</translation>
    </message>
    <message>
        <source>Timed out – groov update</source>
        <translation>Zeitüberschreitung – groov update</translation>
    </message>
    <message>
        <source>Update failed – groov update</source>
        <translation>Update fehlgeschlagen – groov update</translation>
    </message>
    <message>
        <source>Last heard from the device %1 ago</source>
        <translation>Letztes Lebenszeichen vom Gerät vor %1</translation>
    </message>
    <message>
        <source>Waiting for the device...</source>
        <translation>Warten auf das Gerät...</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>Hide log</source>
        <translation>Protokoll ausblenden</translation>
    </message>
    <message>
        <source>Show log</source>
        <translation>Protokoll anzeigen</translation>
    </message>
    <message>
        <source>warnings: %1</source>
        <translation>Warnungen: %1</translation>
    </message>
</context>
<context>
    <name>groov::gui::ResultPage</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Check the device again and follow its update to the end</source>
        <translation>Gerät erneut prüfen und sein Update bis zum Ende verfolgen</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Copy the summary to the clipboard</source>
        <translation>Zusammenfassung in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Update another device</source>
        <translation>Anderes Gerät aktualisieren</translation>
    </message>
    <message>
        <source>The device at %1</source>
        <translation>Das Gerät unter %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>model, address</comment>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <comment>family, model, address</comment>
        <translation>%1 %2 unter %3</translation>
    </message>
    <message>
        <source>%1, profile &quot;%2&quot;</source>
        <translation>%1, Profil &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save the update report</source>
        <translation>Update-Bericht speichern</translation>
    </message>
    <message>
        <source>JSON report (*.json);;Text report (*.txt)</source>
        <translation>JSON-Bericht (*.json);;Textbericht (*.txt)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <source>Summary copied to the clipboard.</source>
        <translation>Zusammenfassung in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>The device at an unknown address</source>
        <translation>Das Gerät unter einer unbekannten Adresse</translation>
    </message>
    <message>
        <source>%1 at an unknown address</source>
        <comment>model</comment>
        <translation>%1 unter einer unbekannten Adresse</translation>
    </message>
    <message>
        <source>%1 %2 at an unknown address</source>
        <comment>family, model</comment>
        <translation>%1 %2 unter einer unbekannten Adresse</translation>
    </message>
</context>
<context>
    <name>groov::gui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Check once more. The update starts when you press Update.</source>
        <translation>Prüfen Sie alles noch einmal. Das Update beginnt, wenn Sie auf &quot;Aktualisieren&quot; klicken.</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Type the device&apos;s name or address to confirm the factory reset</source>
        <translation>Geben Sie den Namen oder die Adresse des Geräts ein, um das Zurücksetzen auf Werkseinstellungen zu bestätigen</translation>
    </message>
    <message>
        <source>Before you press Update:</source>
        <translation>Bevor Sie auf &quot;Aktualisieren&quot; klicken:</translation>
    </message>
    <message>
        <source>The controller&apos;s strategy and its I/O stop while the device updates, until it has restarted: make sure the process it controls can stop.</source>
        <translation>Die Strategie des Controllers und seine E/A werden angehalten, solange das Gerät aktualisiert wird und bis es neu gestartet ist: Stellen Sie sicher, dass der gesteuerte Prozess angehalten werden kann.</translation>
    </message>
    <message>
        <source>Battery-backed data, such as persistent controller variables, may be erased: back it up first.</source>
        <translation>Batteriegepufferte Daten, etwa remanente Controller-Variablen, können gelöscht werden: Sichern Sie sie vorher.</translation>
    </message>
    <message>
        <source>Do not power off the device while it installs the firmware and restarts.</source>
        <translation>Schalten Sie das Gerät nicht aus und trennen Sie es nicht vom Strom, während es die Firmware installiert und neu startet.</translation>
    </message>
    <message>
        <source>The device now presents a certificate that is not trusted for it. Go back to the Device page and check the device again.</source>
        <translation>Das Gerät legt jetzt ein Zertifikat vor, dem für dieses Gerät nicht vertraut wird. Kehren Sie zur Seite &quot;Gerät&quot; zurück, und prüfen Sie das Gerät erneut.</translation>
    </message>
    <message>
        <source>The device could not be checked again: %1 Go back to the Device page and check it again.</source>
        <translation>Das Gerät konnte nicht erneut geprüft werden: %1 Kehren Sie zur Seite &quot;Gerät&quot; zurück, und prüfen Sie es erneut.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>checking the device again…</source>
        <translation>Gerät wird erneut geprüft…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Version now</source>
        <translation>Aktuelle Version</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Version after</source>
        <translation>Version danach</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>preserved</source>
        <translation>beibehalten</translation>
    </message>
    <message>
        <source>ERASED (factory reset)</source>
        <translation>GELÖSCHT (Zurücksetzen auf Werkseinstellungen)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>usually 10 to 20 minutes; the device restarts twice</source>
        <translation>in der Regel 10 bis 20 Minuten; das Gerät startet zweimal neu</translation>
    </message>
    <message>
        <source>%1 To confirm, type &lt;b&gt;%2&lt;/b&gt;:</source>
        <translation>%1 Geben Sie zur Bestätigung &lt;b&gt;%2&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <source>&amp;Install %1 again, although the device runs it already</source>
        <translation>%1 erneut &amp;installieren, obwohl das Gerät diese Version bereits ausführt</translation>
    </message>
    <message>
        <source>&amp;Install the older %1 over the device&apos;s %2 (a downgrade)</source>
        <translation>Die ältere Version %1 über die Version %2 des Geräts &amp;installieren (Downgrade)</translation>
    </message>
</context>
<context>
    <name>groov::gui::SettingsDialog</name>
    <message>
        <source>As the system says (%1)</source>
        <translation>Wie im System eingestellt (%1)</translation>
    </message>
</context>
<context>
    <name>groov::gui::StepAnnouncer</name>
    <message>
        <source>Step %1 of %2: %3 — %4</source>
        <translation>Schritt %1 von %2: %3 — %4</translation>
    </message>
</context>
<context>
    <name>groov::gui::TrustDialog</name>
    <message>
        <source>New certificate after a factory reset</source>
        <translation>Neues Zertifikat nach Zurücksetzen auf Werkseinstellungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 presents a new certificate, as expected after its settings were erased.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 legt ein neues Zertifikat vor, wie nach dem Löschen seiner Einstellungen zu erwarten.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>An update on %1 erased this device&apos;s settings, which gives it a new certificate: compare the new fingerprint with the one groov Manage shows, then trust it. Nothing, not even the API key, has been sent.</source>
        <translation>Ein Update am %1 hat die Einstellungen dieses Geräts gelöscht, wodurch es ein neues Zertifikat erhalten hat: Vergleichen Sie den neuen Fingerabdruck mit dem in groov Manage angezeigten, und vertrauen Sie dem Zertifikat dann. Es wurde nichts gesendet, auch nicht der API-Schlüssel.</translation>
    </message>
    <message>
        <source>Fingerprint before the reset:</source>
        <translation>Fingerabdruck vor dem Zurücksetzen auf Werkseinstellungen:</translation>
    </message>
    <message>
        <source>Device certificate changed</source>
        <translation>Gerätezertifikat geändert</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#c62828; font-weight:bold&quot;&gt;Warning: %1 presented a different certificate than the one you trusted before.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#c62828; font-weight:bold&quot;&gt;Warnung: %1 hat ein anderes Zertifikat vorgelegt als das, dem Sie bisher vertraut haben.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>If the device was reset or its certificate replaced on purpose, compare the new fingerprint with the one groov Manage shows before trusting it. Otherwise someone may be intercepting the connection: cancel. Nothing, not even the API key, has been sent.</source>
        <translation>Wurde das Gerät auf Werkseinstellungen zurückgesetzt oder sein Zertifikat absichtlich ersetzt, vergleichen Sie den neuen Fingerabdruck mit dem in groov Manage angezeigten, bevor Sie ihm vertrauen. Andernfalls könnte ein Abfangen der Verbindung vorliegen: Brechen Sie ab. Es wurde nichts gesendet, auch nicht der API-Schlüssel.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of %1 is not trusted yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dem Zertifikat von %1 wird noch nicht vertraut.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>groov devices present a certificate they signed themselves. Compare this fingerprint with the one groov Manage shows for its certificate before you trust it. Nothing, not even the API key, has been sent.</source>
        <translation>groov-Geräte legen ein selbst signiertes Zertifikat vor. Vergleichen Sie diesen Fingerabdruck mit dem, den groov Manage für sein Zertifikat anzeigt, bevor Sie ihm vertrauen. Es wurde nichts gesendet, auch nicht der API-Schlüssel.</translation>
    </message>
    <message>
        <source>Trust and remember pins this certificate in the profile &quot;%1&quot;, in place of the one it trusted. Trust once saves nothing.</source>
        <translation>&quot;Vertrauen und speichern&quot; speichert dieses Zertifikat im Profil &quot;%1&quot;, anstelle des Zertifikats, dem es bisher vertraut hat. &quot;Einmal vertrauen&quot; speichert nichts.</translation>
    </message>
    <message>
        <source>Trust and remember saves a new profile named &quot;%1&quot; with this device&apos;s address, this certificate pinned and the API key in the system keychain. Trust once saves nothing.</source>
        <translation>&quot;Vertrauen und speichern&quot; legt ein neues Profil namens &quot;%1&quot; an, mit der Adresse dieses Geräts, diesem Zertifikat als gespeichertem Zertifikat und dem API-Schlüssel im Schlüsselbund des Systems. &quot;Einmal vertrauen&quot; speichert nichts.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Cancel: do not trust</source>
        <translation>Abbrechen: nicht vertrauen</translation>
    </message>
    <message>
        <source>Trust this certificate for this update only</source>
        <translation>Diesem Zertifikat nur für dieses Update vertrauen</translation>
    </message>
    <message>
        <source>Trust this certificate and remember it in the profile</source>
        <translation>Diesem Zertifikat vertrauen und es im Profil speichern</translation>
    </message>
</context>
<context>
    <name>groov::gui::UpdateWizard</name>
    <message>
        <source>groov firmware update</source>
        <translation>groov-Firmware-Update</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Close groov update</source>
        <translation>groov update schließen</translation>
    </message>
    <message>
        <source>Close groov update?</source>
        <translation>groov update schließen?</translation>
    </message>
    <message>
        <source>The device address, API key and firmware file you entered are not kept: you will have to enter them again.</source>
        <translation>Die eingegebene Geräteadresse, der API-Schlüssel und die Firmware-Datei werden nicht aufbewahrt: Sie müssen sie erneut eingeben.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Einste&amp;llungen…</translation>
    </message>
    <message>
        <source>Ab&amp;out</source>
        <translation>Übe&amp;r</translation>
    </message>
    <message>
        <source>About groov Firmware Update</source>
        <translation>Über groov Firmware Update</translation>
    </message>
</context>
</TS>
