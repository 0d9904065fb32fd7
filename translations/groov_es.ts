<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ApiKeySource</name>
    <message>
        <source>Save the key in an ordinary file and give that, or set GROOV_API_KEY.</source>
        <translation>Guarde la clave en un archivo normal e indique ese archivo, o defina GROOV_API_KEY.</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; is empty; its first line must be the key.</source>
        <translation>El archivo de clave de API &quot;%1&quot; está vacío; su primera línea debe ser la clave.</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; can be read by other users of this computer. Make it private: chmod 600 %2</source>
        <translation>Otros usuarios de este equipo pueden leer el archivo de clave de API &quot;%1&quot;. Hágalo privado: chmod 600 %2</translation>
    </message>
    <message>
        <source>No API key: set the environment variable GROOV_API_KEY, or use --api-key-file FILE. The key belongs to an administrator account of the device (groov Manage, Accounts).</source>
        <translation>No hay clave de API: defina la variable de entorno GROOV_API_KEY o use --api-key-file ARCHIVO. La clave pertenece a una cuenta de administrador del dispositivo (groov Manage, Accounts).</translation>
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
        <translation>No autorizado: compruebe la clave de API (debe pertenecer a un administrador)</translation>
    </message>
    <message>
        <source>The device answered with a redirect (HTTP %1), which is not followed so that the API key is never sent elsewhere. Check the address.</source>
        <translation>El dispositivo respondió con una redirección (HTTP %1), que no se sigue para que la clave de API nunca se envíe a otro lugar. Compruebe la dirección.</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Error de red: %1</translation>
    </message>
    <message>
        <source>The device did not answer completely within %1 s (timed out)</source>
        <translation>El dispositivo no respondió por completo en %1 s (tiempo agotado)</translation>
    </message>
    <message>
        <source>No answer from the device for %1 s (timed out)</source>
        <translation>Sin respuesta del dispositivo durante %1 s (tiempo agotado)</translation>
    </message>
    <message>
        <source>The device stopped answering (timed out)</source>
        <translation>El dispositivo dejó de responder (tiempo agotado)</translation>
    </message>
    <message>
        <source>Reading the firmware file failed, so the chunk was not sent completely: %1</source>
        <translation>Falló la lectura del archivo de firmware, por lo que el bloque no se envió completo: %1</translation>
    </message>
    <message>
        <source>The device&apos;s certificate is not trusted; nothing was sent</source>
        <translation>El certificado del dispositivo no es de confianza; no se envió nada</translation>
    </message>
    <message>
        <source>The device&apos;s answer was larger than any answer of groov Manage, so it was not read. Check the address: something other than a groov device may be answering there</source>
        <translation>La respuesta del dispositivo era mayor que cualquier respuesta de groov Manage, por lo que no se leyó. Compruebe la dirección: puede que en ella responda algo que no es un dispositivo groov</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Check that the device is powered and connected to this network, that %1 is its address, and that no firewall blocks port %2.</source>
        <translation>Compruebe que el dispositivo está encendido y conectado a esta red, que %1 es su dirección y que ningún cortafuegos bloquea el puerto %2.</translation>
    </message>
    <message>
        <source>Check that %1 is the device&apos;s address (groov Manage answers on HTTPS port 443, the one tried). If the device is restarting, wait a minute and try again.</source>
        <translation>Compruebe que %1 es la dirección del dispositivo (groov Manage responde en el puerto HTTPS 443, el que se probó). Si el dispositivo se está reiniciando, espere un minuto e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Check the address and the port: groov Manage normally answers on HTTPS port 443, and port %1 was tried. If the device is restarting, wait a minute and try again.</source>
        <translation>Compruebe la dirección y el puerto: groov Manage normalmente responde en el puerto HTTPS 443, y se probó el puerto %1. Si el dispositivo se está reiniciando, espere un minuto e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Check the spelling of &quot;%1&quot; and this computer&apos;s DNS settings, or use the device&apos;s IP address instead.</source>
        <translation>Compruebe la ortografía de &quot;%1&quot; y la configuración DNS de este equipo, o use en su lugar la dirección IP del dispositivo.</translation>
    </message>
    <message>
        <source>Check the address, that the device is powered and on this network, and that port %1 is not blocked.</source>
        <translation>Compruebe la dirección, que el dispositivo está encendido y en esta red, y que el puerto %1 no está bloqueado.</translation>
    </message>
    <message>
        <source>The device answered HTTP %1</source>
        <translation>El dispositivo respondió HTTP %1</translation>
    </message>
    <message>
        <source>The device answered HTTP %1: %2</source>
        <translation>El dispositivo respondió HTTP %1: %2</translation>
    </message>
    <message>
        <source>Network error: the connection was refused (nothing accepts connections on that port)</source>
        <translation>Error de red: se rechazó la conexión (nada acepta conexiones en ese puerto)</translation>
    </message>
    <message>
        <source>Network error: the host name was not found</source>
        <translation>Error de red: no se encontró el nombre de host</translation>
    </message>
    <message>
        <source>Network error: the device closed the connection</source>
        <translation>Error de red: el dispositivo cerró la conexión</translation>
    </message>
</context>
<context>
    <name>ApplicationText</name>
    <message>
        <source>Device address.</source>
        <translation>Dirección del dispositivo.</translation>
    </message>
    <message>
        <source>Firmware file.</source>
        <translation>Archivo de firmware.</translation>
    </message>
    <message>
        <source>Updates the firmware of a groov EPIC or RIO.</source>
        <translation>Actualiza el firmware de un groov EPIC o RIO.</translation>
    </message>
    <message>
        <source>The language of this run: %1 (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>El idioma de esta ejecución: %1 (predeterminado: el elegido en Configuración; si no, el del sistema).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>IDIOMA</translation>
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
        <translation>La clave de API procede de --api-key-file, --api-key o la variable de entorno GROOV_API_KEY.
Sin --fingerprint, --cacert ni --insecure, solo se aceptan los certificados en los que confía este equipo;
un certificado de dispositivo que no es de confianza se muestra con la opción --fingerprint exacta para volver a ejecutar.

--follow supervisa una actualización ya en curso (tras --no-wait, una pérdida de contacto o una ejecución interrumpida)
hasta el final: no envía firmware y no borra nada.

Códigos de salida:
  0    éxito: actualizado; no verificado (una advertencia); vuelto con la configuración de fábrica
       tras --no-preserve-settings; o traspasado al dispositivo (--no-wait)
  1    el dispositivo notificó un fallo (una etapa fallida, una solicitud rechazada, configuración perdida)
  2    error de uso o entrada incorrecta; no se envió nada
  3    no autorizado: compruebe la clave de API (debe pertenecer a un administrador)
  4    el certificado del dispositivo no es de confianza o ha cambiado; la clave no se envió
  5    no se puede acceder al dispositivo o falló la red
  6    se agotó el tiempo de espera del dispositivo
  7    la actualización se completó, pero no se pudo escribir la salida (un disco lleno, una tubería cerrada)
  130  cancelado (SIGINT, SIGTERM o SIGHUP)
</translation>
    </message>
    <message>
        <source>%1 was given twice. Give it once.</source>
        <translation>%1 se indicó dos veces. Indíquelo una sola vez.</translation>
    </message>
    <message>
        <source>%1 was given twice: %2. Give it once, with the value you mean.</source>
        <translation>%1 se indicó dos veces: %2. Indíquelo una sola vez, con el valor que desea.</translation>
    </message>
    <message>
        <source>Updates the firmware of an Opto 22 groov EPIC or groov RIO device.</source>
        <translation>Actualiza el firmware de un dispositivo groov EPIC o groov RIO de Opto 22.</translation>
    </message>
    <message>
        <source>The device&apos;s address.</source>
        <translation>La dirección del dispositivo.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>The firmware image.</source>
        <translation>La imagen de firmware.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Read the API key from FILE (first line). A pipe only as /dev/fd/N, as from &lt;(secret-tool lookup ...); a named FIFO is refused.</source>
        <translation>Leer la clave de API de ARCHIVO (primera línea). Una tubería solo se admite como /dev/fd/N, como con &lt;(secret-tool lookup ...); se rechaza una FIFO con nombre.</translation>
    </message>
    <message>
        <source>The API key (warns: other users can see a command line).</source>
        <translation>La clave de API (genera una advertencia: otros usuarios pueden ver una línea de comandos).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLAVE</translation>
    </message>
    <message>
        <source>Trust the certificate with this SHA-256 fingerprint.</source>
        <translation>Confiar en el certificado con esta huella digital SHA-256.</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>Trust certificates signed by this PEM file.</source>
        <translation>Confiar en los certificados firmados por los certificados de este archivo PEM.</translation>
    </message>
    <message>
        <source>Skip certificate checks (warns every run).</source>
        <translation>Omitir las comprobaciones de certificados (genera una advertencia en cada ejecución).</translation>
    </message>
    <message>
        <source>Factory-reset the device&apos;s settings (needs --confirm-factory-reset).</source>
        <translation>Aplicar un restablecimiento de fábrica a la configuración del dispositivo (requiere --confirm-factory-reset).</translation>
    </message>
    <message>
        <source>Confirm --no-preserve-settings.</source>
        <translation>Confirmar --no-preserve-settings.</translation>
    </message>
    <message>
        <source>Pre-flight only: upload nothing.</source>
        <translation>Solo comprobación previa: no cargar nada.</translation>
    </message>
    <message>
        <source>Stop once the device has accepted the whole image.</source>
        <translation>Detenerse en cuanto el dispositivo haya aceptado la imagen completa.</translation>
    </message>
    <message>
        <source>Deadline for the device&apos;s stages and restarts (default 45).</source>
        <translation>Plazo máximo para las etapas y los reinicios del dispositivo (predeterminado: 45).</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTOS</translation>
    </message>
    <message>
        <source>Status poll interval (default 2).</source>
        <translation>Intervalo de sondeo del estado (predeterminado: 2).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>Watch an update already under way to its end; send no firmware.</source>
        <translation>Supervisar hasta el final una actualización ya en curso; no enviar firmware.</translation>
    </message>
    <message>
        <source>With --follow: the version the device reported before the update, so a new one counts as proof.</source>
        <translation>Con --follow: la versión que indicaba el dispositivo antes de la actualización, para que una versión nueva cuente como prueba.</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSIÓN</translation>
    </message>
    <message>
        <source>Machine-readable events on stdout, one per line.</source>
        <translation>Eventos legibles por máquina en stdout, uno por línea.</translation>
    </message>
    <message>
        <source>Take address, trust and key from a profile saved by groov-update-gui.</source>
        <translation>Tomar la dirección, la confianza y la clave de un perfil guardado por groov-update-gui.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Print only errors and the result.</source>
        <translation>Mostrar solo los errores y el resultado.</translation>
    </message>
    <message>
        <source>Print more detail.</source>
        <translation>Mostrar más detalles.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (see --help).</source>
        <translation>Argumento inesperado &quot;%1&quot; (consulte --help).</translation>
    </message>
    <message>
        <source>Give either --quiet or --verbose, not both.</source>
        <translation>Indique --quiet o --verbose, pero no ambos.</translation>
    </message>
    <message>
        <source>No device given: add --device ADDRESS (for example --device 10.0.0.5).</source>
        <translation>No se ha indicado ningún dispositivo: añada --device DIRECCIÓN (por ejemplo, --device 10.0.0.5).</translation>
    </message>
    <message>
        <source>--%1 does not go with --follow, which only watches an update already under way.</source>
        <translation>--%1 no se puede combinar con --follow, que solo supervisa una actualización ya en curso.</translation>
    </message>
    <message>
        <source>--confirm-factory-reset is not needed with --follow, which erases nothing; --no-preserve-settings alone says the device is expected back factory-fresh.</source>
        <translation>--confirm-factory-reset no es necesario con --follow, que no borra nada; --no-preserve-settings por sí solo indica que se espera que el dispositivo vuelva con la configuración de fábrica.</translation>
    </message>
    <message>
        <source>No firmware given: add --firmware FILE (the image from Opto 22 for this device), or --follow to watch an update already under way.</source>
        <translation>No se ha indicado ningún firmware: añada --firmware ARCHIVO (la imagen de Opto 22 para este dispositivo) o --follow para supervisar una actualización ya en curso.</translation>
    </message>
    <message>
        <source>--version-before only goes with --follow.</source>
        <translation>--version-before solo se puede usar con --follow.</translation>
    </message>
    <message>
        <source>Give only one of --fingerprint, --cacert and --insecure.</source>
        <translation>Indique solo una opción: --fingerprint, --cacert o --insecure.</translation>
    </message>
    <message>
        <source>Give only one of --api-key-file and --api-key.</source>
        <translation>Indique solo una opción: --api-key-file o --api-key.</translation>
    </message>
    <message>
        <source>--api-key puts the key on the command line, where other users of this computer can see it. Prefer GROOV_API_KEY or --api-key-file.</source>
        <translation>--api-key pone la clave en la línea de comandos, donde otros usuarios de este equipo pueden verla. Es preferible usar GROOV_API_KEY o --api-key-file.</translation>
    </message>
    <message>
        <source>--no-preserve-settings erases the device&apos;s accounts, network settings and certificates; the device must then be commissioned again. Add --confirm-factory-reset if that is what you want.</source>
        <translation>--no-preserve-settings borra las cuentas, la configuración de red y los certificados del dispositivo; después, el dispositivo debe ponerse en servicio de nuevo. Añada --confirm-factory-reset si es lo que desea.</translation>
    </message>
    <message>
        <source>--confirm-factory-reset only goes with --no-preserve-settings.</source>
        <translation>--confirm-factory-reset solo se puede usar con --no-preserve-settings.</translation>
    </message>
    <message>
        <source>--timeout is in minutes: &quot;%1&quot; is less than a second, and the device&apos;s stages and restarts take minutes. Leave it out for the default of 45 minutes.</source>
        <translation>--timeout se indica en minutos: &quot;%1&quot; es menos de un segundo, y las etapas y los reinicios del dispositivo tardan minutos. Omítalo para usar el valor predeterminado de 45 minutos.</translation>
    </message>
    <message>
        <source>%1 (see --help)</source>
        <translation>%1 (consulte --help)</translation>
    </message>
    <message>
        <source>%1 needs a number of minutes greater than 0 and at most %2, not &quot;%3&quot;.</source>
        <translation>%1 necesita un número de minutos mayor que 0 y como máximo %2, no &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 needs a number of seconds greater than 0 and at most %2, not &quot;%3&quot;.</source>
        <translation>%1 necesita un número de segundos mayor que 0 y como máximo %2, no &quot;%3&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was given %n time(s). Give it once.</source>
        <translation>
            <numerusform>%1 se indicó %n vez. Indíquelo una sola vez.</numerusform>
            <numerusform>%1 se indicó %n veces. Indíquelo una sola vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was given %n time(s): %2. Give it once, with the value you mean.</source>
        <translation>
            <numerusform>%1 se indicó %n vez: %2. Indíquelo una sola vez, con el valor que desea.</numerusform>
            <numerusform>%1 se indicó %n veces: %2. Indíquelo una sola vez, con el valor que desea.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--poll-interval must be at least %n second(s), not &quot;%1&quot;: asking more often only loads the device while it updates. Leave it out for the default of 2 seconds.</source>
        <translation>
            <numerusform>--poll-interval debe ser de al menos %n segundo, no &quot;%1&quot;: consultar con más frecuencia solo sobrecarga el dispositivo mientras se actualiza. Omítalo para usar el valor predeterminado de 2 segundos.</numerusform>
            <numerusform>--poll-interval debe ser de al menos %n segundos, no &quot;%1&quot;: consultar con más frecuencia solo sobrecarga el dispositivo mientras se actualiza. Omítalo para usar el valor predeterminado de 2 segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>--poll-interval must be at least %1 seconds, not &quot;%2&quot;: asking more often only loads the device while it updates. Leave it out for the default of 2 seconds.</source>
        <translation>--poll-interval debe ser de al menos %1 segundos, no &quot;%2&quot;: consultar con más frecuencia solo sobrecarga el dispositivo mientras se actualiza. Omítalo para usar el valor predeterminado de 2 segundos.</translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message>
        <source>Cancelling: %1</source>
        <translation>Cancelando: %1</translation>
    </message>
    <message>
        <source>No API key for profile &quot;%1&quot;: %2 Set GROOV_API_KEY or use --api-key-file.</source>
        <translation>No hay ninguna clave de API para el perfil &quot;%1&quot;: %2 Defina GROOV_API_KEY o use --api-key-file.</translation>
    </message>
    <message>
        <source>No API key for profile &quot;%1&quot;: the keychain holds none. Set GROOV_API_KEY or use --api-key-file.</source>
        <translation>No hay ninguna clave de API para el perfil &quot;%1&quot;: el llavero no contiene ninguna. Defina GROOV_API_KEY o use --api-key-file.</translation>
    </message>
</context>
<context>
    <name>ConsoleOutput</name>
    <message>
        <source>groov-update: cannot write to standard output (%1); the rest of what goes there is lost. An update under way goes on to its end; if it succeeds, the exit code is %2 instead of 0. Check where standard output goes (a full disk, a closed pipe).</source>
        <translation>groov-update: no se puede escribir en la salida estándar (%1); se pierde el resto de lo que se envíe allí. Una actualización en curso continúa hasta el final; si se completa correctamente, el código de salida es %2 en lugar de 0. Compruebe el destino de la salida estándar (un disco lleno, una tubería cerrada).</translation>
    </message>
    <message>
        <source>groov-update: cannot write to standard error (%1); the rest of what goes there is lost. An update under way goes on to its end; if it succeeds, the exit code is %2 instead of 0. Check where standard error goes (a full disk, a closed pipe).</source>
        <translation>groov-update: no se puede escribir en la salida de error estándar (%1); se pierde el resto de lo que se envíe allí. Una actualización en curso continúa hasta el final; si se completa correctamente, el código de salida es %2 en lugar de 0. Compruebe el destino de la salida de error estándar (un disco lleno, una tubería cerrada).</translation>
    </message>
</context>
<context>
    <name>DeviceAddress</name>
    <message>
        <source>No device address given. Type the device&apos;s host name or IP address, for example 10.0.0.5 or epic-01.local.</source>
        <translation>No se ha indicado ninguna dirección de dispositivo. Escriba el nombre de host o la dirección IP del dispositivo, por ejemplo 10.0.0.5 o epic-01.local.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: it contains the control character %2 (a line break, tab or escape, perhaps pasted with it). Type only the host name or IP address, for example 10.0.0.5 or epic-01.local:8443.</source>
        <translation>La dirección de dispositivo &quot;%1&quot; no se puede usar: contiene el carácter de control %2 (un salto de línea, una tabulación o un escape, quizá pegado junto con la dirección). Escriba solo el nombre de host o la dirección IP, por ejemplo 10.0.0.5 o epic-01.local:8443.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: it contains a space. Type only the host name or IP address, for example 10.0.0.5 or epic-01.local:8443.</source>
        <translation>La dirección de dispositivo &quot;%1&quot; no se puede usar: contiene un espacio. Escriba solo el nombre de host o la dirección IP, por ejemplo 10.0.0.5 o epic-01.local:8443.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: groov Manage only answers HTTPS; use https:// or just the address.</source>
        <translation>La dirección de dispositivo &quot;%1&quot; no se puede usar: groov Manage solo responde por HTTPS; use https:// o solo la dirección.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: the scheme &quot;%2://&quot; is not supported. groov Manage answers HTTPS only; use https:// or just the address.</source>
        <translation>La dirección de dispositivo &quot;%1&quot; no se puede usar: el esquema &quot;%2://&quot; no es compatible. groov Manage solo responde por HTTPS; use https:// o solo la dirección.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: the host name or IP address is missing. Type it after https://, for example https://10.0.0.5.</source>
        <translation>La dirección de dispositivo &quot;%1&quot; no se puede usar: falta el nombre de host o la dirección IP. Escríbalo después de https://, por ejemplo https://10.0.0.5.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: it contains the path &quot;%2&quot;. The updater finds groov Manage by itself; type only the address, for example %3.</source>
        <translation>La dirección de dispositivo &quot;%1&quot; no se puede usar: contiene la ruta &quot;%2&quot;. El programa de actualización encuentra groov Manage por sí solo; escriba solo la dirección, por ejemplo %3.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: it contains a query (&quot;?...&quot;). Type only the address, for example %2.</source>
        <translation>La dirección de dispositivo &quot;%1&quot; no se puede usar: contiene una consulta (&quot;?...&quot;). Escriba solo la dirección, por ejemplo %2.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: it contains a fragment (&quot;#...&quot;). Type only the address, for example %2.</source>
        <translation>La dirección de dispositivo &quot;%1&quot; no se puede usar: contiene un fragmento (&quot;#...&quot;). Escriba solo la dirección, por ejemplo %2.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: the host name or IP address is missing. Type it, for example 10.0.0.5.</source>
        <translation>La dirección de dispositivo &quot;%1&quot; no se puede usar: falta el nombre de host o la dirección IP. Escríbalo, por ejemplo 10.0.0.5.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: it contains a user name (&quot;...@&quot;). The updater signs in with the API key instead; type only the address, for example %2.</source>
        <translation>La dirección de dispositivo &quot;%1&quot; no se puede usar: contiene un nombre de usuario (&quot;...@&quot;). El programa de actualización inicia sesión, en su lugar, con la clave de API; escriba solo la dirección, por ejemplo %2.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: the closing &quot;]&quot; of the IPv6 address is missing. Write it like [fe80::1] or [fe80::1]:8443.</source>
        <translation>La dirección de dispositivo &quot;%1&quot; no se puede usar: falta el &quot;]&quot; de cierre de la dirección IPv6. Escríbala así: [fe80::1] o [fe80::1]:8443.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: unexpected text &quot;%2&quot; after the IPv6 address. Write it like [fe80::1] or [fe80::1]:8443.</source>
        <translation>La dirección de dispositivo &quot;%1&quot; no se puede usar: hay un texto inesperado &quot;%2&quot; después de la dirección IPv6. Escríbala así: [fe80::1] o [fe80::1]:8443.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: &quot;%2&quot; inside the brackets is not a valid IPv6 address. Brackets are only for IPv6; type an IPv4 address or host name without them, for example 10.0.0.5.</source>
        <translation>La dirección de dispositivo &quot;%1&quot; no se puede usar: &quot;%2&quot; entre corchetes no es una dirección IPv6 válida. Los corchetes son solo para IPv6; escriba una dirección IPv4 o un nombre de host sin ellos, por ejemplo 10.0.0.5.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: it is neither a host name nor a valid IPv6 address. Put IPv6 addresses in brackets, for example [fe80::1]:8443.</source>
        <translation>La dirección de dispositivo &quot;%1&quot; no se puede usar: no es ni un nombre de host ni una dirección IPv6 válida. Escriba las direcciones IPv6 entre corchetes, por ejemplo [fe80::1]:8443.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: an IPv6 address without brackets cannot carry a port, so &quot;%2&quot; is ambiguous. Write [%3]:%4 for port %4, or [%2] for that address.</source>
        <translation>La dirección de dispositivo &quot;%1&quot; no se puede usar: una dirección IPv6 sin corchetes no puede llevar puerto, por lo que &quot;%2&quot; es ambiguo. Escriba [%3]:%4 para el puerto %4, o [%2] para esa dirección.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: the port after &quot;:&quot; is missing. Type a port number such as 8443, or leave out the &quot;:&quot; to use 443.</source>
        <translation>La dirección de dispositivo &quot;%1&quot; no se puede usar: falta el puerto después de &quot;:&quot;. Escriba un número de puerto, como 8443, u omita &quot;:&quot; para usar el 443.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: the port &quot;%2&quot; is not a number. Type a port number between 1 and 65535, for example 8443.</source>
        <translation>La dirección de dispositivo &quot;%1&quot; no se puede usar: el puerto &quot;%2&quot; no es un número. Escriba un número de puerto entre 1 y 65535, por ejemplo 8443.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: the port %2 is out of range. Type a port number between 1 and 65535, or leave it out to use 443.</source>
        <translation>La dirección de dispositivo &quot;%1&quot; no se puede usar: el puerto %2 está fuera de rango. Escriba un número de puerto entre 1 y 65535, u omítalo para usar el 443.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: the host name or IP address is missing. Type it before the port, for example 10.0.0.5:8443.</source>
        <translation>La dirección de dispositivo &quot;%1&quot; no se puede usar: falta el nombre de host o la dirección IP. Escríbalo antes del puerto, por ejemplo 10.0.0.5:8443.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: &quot;%2&quot; is written with characters that only look like digits or dots. Type the IP address with plain digits and dots, for example 10.0.0.5.</source>
        <translation>La dirección de dispositivo &quot;%1&quot; no se puede usar: &quot;%2&quot; está escrito con caracteres que solo parecen dígitos o puntos. Escriba la dirección IP con dígitos y puntos normales, por ejemplo 10.0.0.5.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: the host name &quot;%2&quot; has characters outside plain ASCII. Type its ASCII form, %3, or use the IP address.</source>
        <translation>La dirección de dispositivo &quot;%1&quot; no se puede usar: el nombre de host &quot;%2&quot; tiene caracteres fuera del ASCII simple. Escriba su forma ASCII, %3, o use la dirección IP.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: the host name &quot;%2&quot; contains characters that are not allowed. Use letters, digits, &quot;-&quot; and &quot;.&quot;, or the IP address.</source>
        <translation>La dirección de dispositivo &quot;%1&quot; no se puede usar: el nombre de host &quot;%2&quot; contiene caracteres no permitidos. Use letras, dígitos, &quot;-&quot; y &quot;.&quot;, o la dirección IP.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: the host name is %2 characters long; at most 253 are allowed. Check what was pasted, or use the IP address.</source>
        <translation>La dirección de dispositivo &quot;%1&quot; no se puede usar: el nombre de host tiene %2 caracteres; se permiten 253 como máximo. Compruebe lo que se pegó, o use la dirección IP.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: the character &quot;%2&quot; is not allowed in a host name. Use letters, digits, &quot;-&quot; and &quot;.&quot;, or the IP address.</source>
        <translation>La dirección de dispositivo &quot;%1&quot; no se puede usar: el carácter &quot;%2&quot; no está permitido en un nombre de host. Use letras, dígitos, &quot;-&quot; y &quot;.&quot;, o la dirección IP.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: the host name has an empty part between dots. Check for a doubled or leading &quot;.&quot;.</source>
        <translation>La dirección de dispositivo &quot;%1&quot; no se puede usar: el nombre de host tiene una parte vacía entre puntos. Compruebe si hay un &quot;.&quot; duplicado o al principio.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: the part &quot;%2...&quot; of the host name is longer than 63 characters. Check what was pasted, or use the IP address.</source>
        <translation>La dirección de dispositivo &quot;%1&quot; no se puede usar: la parte &quot;%2...&quot; del nombre de host tiene más de 63 caracteres. Compruebe lo que se pegó, o use la dirección IP.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: a part of the host name starts or ends with &quot;-&quot;, which is not allowed. Check the spelling.</source>
        <translation>La dirección de dispositivo &quot;%1&quot; no se puede usar: una parte del nombre de host empieza o termina por &quot;-&quot;, lo cual no está permitido. Compruebe la ortografía.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: &quot;%2&quot; is not a valid host name. Check the spelling, or use the IP address.</source>
        <translation>La dirección de dispositivo &quot;%1&quot; no se puede usar: &quot;%2&quot; no es un nombre de host válido. Compruebe la ortografía, o use la dirección IP.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: &quot;%2&quot; would be read as the IPv4 address %3. Write the IP address as four numbers from 0 to 255 separated by dots, for example 10.0.0.5.</source>
        <translation>La dirección de dispositivo &quot;%1&quot; no se puede usar: &quot;%2&quot; se interpretaría como la dirección IPv4 %3. Escriba la dirección IP como cuatro números de 0 a 255 separados por puntos, por ejemplo 10.0.0.5.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not usable: it is not a valid IPv4 address. Write four numbers from 0 to 255 separated by dots, without leading zeros, for example 10.0.0.5.</source>
        <translation>La dirección de dispositivo &quot;%1&quot; no se puede usar: no es una dirección IPv4 válida. Escriba cuatro números de 0 a 255 separados por puntos, sin ceros a la izquierda, por ejemplo 10.0.0.5.</translation>
    </message>
</context>
<context>
    <name>DeviceCheck</name>
    <message>
        <source>The TLS handshake with %1 failed; nothing was sent. Check the address and port.</source>
        <translation>La negociación TLS con %1 falló; no se envió nada. Compruebe la dirección y el puerto.</translation>
    </message>
    <message>
        <source>The device&apos;s certificate is not the pinned one: expected SHA-256 %1, got %2. Nothing was sent. If the device was reset or given a new certificate, check the new fingerprint in groov Manage before trusting it; otherwise someone may be intercepting the connection.</source>
        <translation>El certificado del dispositivo no es el certificado guardado: se esperaba SHA-256 %1 y se recibió %2. No se envió nada. Si al dispositivo se le aplicó un restablecimiento de fábrica o se le asignó un certificado nuevo, compruebe la nueva huella digital en groov Manage antes de confiar en él; de lo contrario, podría tratarse de una interceptación de la conexión.</translation>
    </message>
    <message>
        <source>The device&apos;s certificate expired on %1. Nothing was sent. Renew the certificate in groov Manage; until then you can trust exactly this certificate by pinning its SHA-256 fingerprint %2 (compare it with the one groov Manage shows first).</source>
        <translation>El certificado del dispositivo caducó el %1. No se envió nada. Renueve el certificado en groov Manage; mientras tanto, puede confiar exactamente en este certificado guardando su huella digital SHA-256 %2 (compárela antes con la que muestra groov Manage).</translation>
    </message>
    <message>
        <source>The device&apos;s certificate is not valid for %1: it names %2. Nothing was sent. Connect with a name or address the certificate lists, or give the device a certificate for this one. Its SHA-256 fingerprint is %3.</source>
        <translation>El certificado del dispositivo no es válido para %1: indica %2. No se envió nada. Conéctese con un nombre o una dirección que figure en el certificado, o asigne al dispositivo un certificado para este nombre o dirección. Su huella digital SHA-256 es %3.</translation>
    </message>
    <message>
        <source>The device&apos;s certificate is not trusted (%1). Nothing was sent. Its SHA-256 fingerprint is %2: compare it with the one groov Manage shows, then trust (pin) it.</source>
        <translation>El certificado del dispositivo no es de confianza (%1). No se envió nada. Su huella digital SHA-256 es %2: compárela con la que muestra groov Manage y, después, confíe en el certificado (guárdelo).</translation>
    </message>
    <message>
        <source>Cannot reach the device at %1: %2. %3</source>
        <translation>No se puede acceder al dispositivo en %1: %2. %3</translation>
    </message>
    <message>
        <source>The device&apos;s certificate expired on %1. It is still trusted because it is exactly the certificate you pinned; renew the certificate in groov Manage, then pin the new one.</source>
        <translation>El certificado del dispositivo caducó el %1. Sigue siendo de confianza porque es exactamente el certificado que usted guardó; renueve el certificado en groov Manage y, después, guarde el nuevo.</translation>
    </message>
    <message>
        <source>The device does not report its model (older firmware); continuing with model unknown.</source>
        <translation>El dispositivo no indica su modelo (firmware antiguo); se continúa con modelo desconocido.</translation>
    </message>
    <message>
        <source>Checking the device failed: %1</source>
        <translation>Falló la comprobación del dispositivo: %1</translation>
    </message>
    <message>
        <source>Device: %1, reported version %2</source>
        <translation>Dispositivo: %1, versión indicada %2</translation>
    </message>
    <message>
        <source>The device&apos;s description was not understood (%1); continuing with model unknown.</source>
        <translation>No se entendió la descripción del dispositivo (%1); se continúa con modelo desconocido.</translation>
    </message>
    <message>
        <source>Device: model unknown, reported version unknown</source>
        <translation>Dispositivo: modelo desconocido, versión indicada desconocida</translation>
    </message>
    <message>
        <source>Device: model unknown, reported version %1</source>
        <translation>Dispositivo: modelo desconocido, versión indicada %1</translation>
    </message>
    <message>
        <source>Device: %1, reported version unknown</source>
        <translation>Dispositivo: %1, versión indicada desconocida</translation>
    </message>
    <message>
        <source>The device&apos;s certificate is not valid for %1: it names no host. Nothing was sent. Give the device a certificate for this name or address. Its SHA-256 fingerprint is %2.</source>
        <translation>El certificado del dispositivo no es válido para %1: no indica ningún host. No se envió nada. Asigne al dispositivo un certificado para este nombre o dirección. Su huella digital SHA-256 es %2.</translation>
    </message>
    <message>
        <source>Cannot reach the device at %1: no answer within %2 s (the connection or its TLS handshake never completed, or the device answered too slowly). %3</source>
        <translation>No se puede acceder al dispositivo en %1: sin respuesta en %2 s (la conexión o su negociación TLS nunca se completó, o el dispositivo respondió demasiado despacio). %3</translation>
    </message>
    <message>
        <source>Cannot reach the device at %1: no answer within %2 s (the connection or its TLS handshake never completed, or the device stopped answering). %3</source>
        <translation>No se puede acceder al dispositivo en %1: sin respuesta en %2 s (la conexión o su negociación TLS nunca se completó, o el dispositivo dejó de responder). %3</translation>
    </message>
    <message>
        <source>Cannot reach the device at %1: no answer (timed out). %2</source>
        <translation>No se puede acceder al dispositivo en %1: sin respuesta (tiempo agotado). %2</translation>
    </message>
    <message>
        <source>Cannot reach the device at %1: the connection was refused (nothing accepts connections on that port). %2</source>
        <translation>No se puede acceder al dispositivo en %1: se rechazó la conexión (nada acepta conexiones en ese puerto). %2</translation>
    </message>
    <message>
        <source>Cannot reach the device at %1: the host name was not found. %2</source>
        <translation>No se puede acceder al dispositivo en %1: no se encontró el nombre de host. %2</translation>
    </message>
    <message>
        <source>Cannot reach the device at %1: the device closed the connection. %2</source>
        <translation>No se puede acceder al dispositivo en %1: el dispositivo cerró la conexión. %2</translation>
    </message>
</context>
<context>
    <name>DeviceInfo</name>
    <message>
        <source>The device&apos;s answer to the information request was not understood (expected a JSON object). Check that the address belongs to a groov EPIC or groov RIO.</source>
        <translation>No se entendió la respuesta del dispositivo a la solicitud de información (se esperaba un objeto JSON). Compruebe que la dirección corresponde a un groov EPIC o a un groov RIO.</translation>
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
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>&amp;Manage...</source>
        <translation>&amp;Administrar...</translation>
    </message>
    <message>
        <source>Device &amp;address:</source>
        <translation>&amp;Dirección del dispositivo:</translation>
    </message>
    <message>
        <source>10.0.0.5, epic-01.local or https://epic-01:8443</source>
        <translation>10.0.0.5, epic-01.local o https://epic-01:8443</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>The API key of an administrator account</source>
        <translation>La clave de API de una cuenta de administrador</translation>
    </message>
    <message>
        <source>P&amp;reserve the device&apos;s settings (recommended)</source>
        <translation>Co&amp;nservar la configuración del dispositivo (recomendado)</translation>
    </message>
    <message>
        <source>&amp;Check device</source>
        <translation>Compro&amp;bar dispositivo</translation>
    </message>
    <message>
        <source>Sa&amp;ve as profile...</source>
        <translation>&amp;Guardar como perfil...</translation>
    </message>
    <message>
        <source>&amp;Fleet...</source>
        <translation>&amp;Flota...</translation>
    </message>
    <message>
        <source>Update many devices at once, from a plan or saved profiles</source>
        <translation>Actualizar muchos dispositivos a la vez, desde un plan o desde perfiles guardados</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Mostrar</translation>
    </message>
</context>
<context>
    <name>ErrorMarkup</name>
    <message>
        <source>Error:</source>
        <translation>Error:</translation>
    </message>
</context>
<context>
    <name>FactoryResetConfirmation</name>
    <message>
        <source>Not preserving settings erases the device&apos;s user accounts, network settings, certificates and the rest of its configuration. It comes back factory-fresh, possibly at another address, and must be commissioned again (a new administrator account and API key).</source>
        <translation>No conservar la configuración borra las cuentas de usuario, la configuración de red, los certificados y el resto de la configuración del dispositivo. El dispositivo vuelve con la configuración de fábrica, posiblemente en otra dirección, y debe ponerse en servicio de nuevo (una nueva cuenta de administrador y una nueva clave de API).</translation>
    </message>
    <message numerus="yes">
        <source>erase %n device(s)</source>
        <translation>
            <numerusform>borrar %n dispositivo</numerusform>
            <numerusform>borrar %n dispositivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Factory reset of every device</source>
        <translation>Restablecimiento de fábrica de todos los dispositivos</translation>
    </message>
    <message>
        <source>%1 This plan does it to every device in it. To confirm, type: %2</source>
        <translation>%1 Este plan lo aplica a todos los dispositivos que contiene. Para confirmar, escriba: %2</translation>
    </message>
</context>
<context>
    <name>FirmwareImage</name>
    <message>
        <source>Choose the firmware file downloaded from Opto 22, or download it again.</source>
        <translation>Elija el archivo de firmware descargado de Opto 22, o vuelva a descargarlo.</translation>
    </message>
    <message>
        <source>No firmware file given. Choose the firmware file downloaded from Opto 22.</source>
        <translation>No se ha indicado ningún archivo de firmware. Elija el archivo de firmware descargado de Opto 22.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; was removed or moved during the update. Put it back and start the update again.</source>
        <translation>El archivo de firmware &quot;%1&quot; se eliminó o se movió durante la actualización. Vuelva a colocarlo en su sitio e inicie de nuevo la actualización.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; was replaced by something that is not a file. Start the update again.</source>
        <translation>El archivo de firmware &quot;%1&quot; se sustituyó por algo que no es un archivo. Inicie de nuevo la actualización.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; changed size during the update (was %2 bytes, now %3 bytes). Wait until it is completely downloaded or copied, then start the update again.</source>
        <translation>El archivo de firmware &quot;%1&quot; cambió de tamaño durante la actualización (antes %2 bytes, ahora %3 bytes). Espere a que termine de descargarse o copiarse y, después, inicie de nuevo la actualización.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; was modified during the update. Make sure nothing writes to it, then start the update again.</source>
        <translation>El archivo de firmware &quot;%1&quot; se modificó durante la actualización. Asegúrese de que nada escriba en él y, después, inicie de nuevo la actualización.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; can no longer be read (%2). Check its permissions and start the update again.</source>
        <translation>El archivo de firmware &quot;%1&quot; ya no se puede leer (%2). Compruebe sus permisos e inicie de nuevo la actualización.</translation>
    </message>
</context>
<context>
    <name>FirmwarePage</name>
    <message>
        <source>Firmware &amp;file:</source>
        <translation>Archivo de &amp;firmware:</translation>
    </message>
    <message>
        <source>The firmware image from Opto 22 for this device</source>
        <translation>La imagen de firmware de Opto 22 para este dispositivo</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>&amp;Expected SHA-256:</source>
        <translation>SHA-256 es&amp;perado:</translation>
    </message>
    <message>
        <source>Optional: paste it from the download page to compare</source>
        <translation>Opcional: péguelo desde la página de descarga para compararlo</translation>
    </message>
    <message>
        <source>B&amp;rowse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
</context>
<context>
    <name>FirmwareVersion</name>
    <message>
        <source>%1 (from the file name)</source>
        <translation>%1 (según el nombre del archivo)</translation>
    </message>
    <message>
        <source>%1 (from the file name): an upgrade from the device&apos;s %2</source>
        <translation>%1 (según el nombre del archivo): una actualización desde la versión %2 del dispositivo</translation>
    </message>
    <message>
        <source>%1 (from the file name): a reinstall of the device&apos;s %2</source>
        <translation>%1 (según el nombre del archivo): una reinstalación de la versión %2 del dispositivo</translation>
    </message>
    <message>
        <source>%1 (from the file name): a downgrade from the device&apos;s %2</source>
        <translation>%1 (según el nombre del archivo): un cambio a una versión anterior desde la versión %2 del dispositivo</translation>
    </message>
</context>
<context>
    <name>FleetCommand</name>
    <message>
        <source>The plan turns &quot;preserveSettings&quot; off: every device in it would be reset to its factory settings and lose its configuration. Add --confirm-factory-reset if that is what you want.</source>
        <translation>El plan desactiva &quot;preserveSettings&quot;: a cada dispositivo del plan se le aplicaría un restablecimiento de fábrica y perdería su configuración. Añada --confirm-factory-reset si es lo que desea.</translation>
    </message>
</context>
<context>
    <name>FleetCommandLine</name>
    <message>
        <source>Updates the groov devices of a fleet plan, in waves (docs/fleet.md).</source>
        <translation>Actualiza los dispositivos groov de un plan de flota, por oleadas (docs/fleet.md).</translation>
    </message>
    <message>
        <source>The fleet plan (JSON).</source>
        <translation>El plan de flota (JSON).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Machine-readable events on stdout, one per line.</source>
        <translation>Eventos legibles por máquina en stdout, uno por línea.</translation>
    </message>
    <message>
        <source>Check every device; update none.</source>
        <translation>Comprobar todos los dispositivos; no actualizar ninguno.</translation>
    </message>
    <message>
        <source>Update devices that already run the target.</source>
        <translation>Actualizar también los dispositivos que ya ejecutan la versión de destino.</translation>
    </message>
    <message>
        <source>Update devices that run a newer version than the target.</source>
        <translation>Actualizar los dispositivos que ejecutan una versión más reciente que la de destino.</translation>
    </message>
    <message>
        <source>Confirm a plan with &quot;preserveSettings&quot;: false (every device loses its settings).</source>
        <translation>Confirmar un plan con &quot;preserveSettings&quot;: false (todos los dispositivos pierden su configuración).</translation>
    </message>
    <message>
        <source>Write the JSON report here, and the CSV beside it (default: the history folder).</source>
        <translation>Escribir aquí el informe JSON, y el CSV junto a él (predeterminado: la carpeta del historial).</translation>
    </message>
    <message>
        <source>Print only errors and the result.</source>
        <translation>Mostrar solo los errores y el resultado.</translation>
    </message>
    <message>
        <source>Print every device&apos;s log.</source>
        <translation>Mostrar el registro de cada dispositivo.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (see --help).</source>
        <translation>Argumento inesperado &quot;%1&quot; (consulte --help).</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 se ha indicado más de una vez.</translation>
    </message>
    <message>
        <source>Give either --quiet or --verbose, not both.</source>
        <translation>Indique --quiet o --verbose, pero no ambos.</translation>
    </message>
    <message>
        <source>%1 With --plan, the plan names the devices, the firmware and the trust (see groov-update --plan FILE --help).</source>
        <translation>%1 Con --plan, el plan indica los dispositivos, el firmware y la confianza (consulte groov-update --plan ARCHIVO --help).</translation>
    </message>
</context>
<context>
    <name>FleetDeviceCsv</name>
    <message>
        <source>The device list is larger than %1 KiB: split it into several lists.</source>
        <translation>La lista de dispositivos ocupa más de %1 KiB: divídala en varias listas.</translation>
    </message>
    <message>
        <source>The device list is not UTF-8 text. Save it from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation>La lista de dispositivos no es texto UTF-8. Guárdela desde la hoja de cálculo como &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>The device list is empty. Its first line names the columns (such as name,address,apiKeyFile), and each further line is a device.</source>
        <translation>La lista de dispositivos está vacía. Su primera línea indica los nombres de las columnas (como name,address,apiKeyFile) y cada una de las líneas siguientes es un dispositivo.</translation>
    </message>
    <message>
        <source>The device list must hold 1 to %1 devices, one a line after the line that names the columns; it holds %2.</source>
        <translation>La lista de dispositivos debe contener de 1 a %1 dispositivos, uno por línea, después de la línea con los nombres de las columnas; contiene %2.</translation>
    </message>
    <message>
        <source>CSV line %1: %2</source>
        <translation>Línea %1 del CSV: %2</translation>
    </message>
    <message>
        <source>CSV line %1, column &quot;%2&quot;: %3</source>
        <translation>Línea %1 del CSV, columna &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>Text follows a quoted cell&apos;s closing quote. Put the whole cell in double quotes, and double every quote inside it (&quot;&quot;).</source>
        <translation>Hay texto después de las comillas de cierre de una celda entrecomillada. Ponga toda la celda entre comillas dobles y duplique cada comilla que contenga (&quot;&quot;).</translation>
    </message>
    <message>
        <source>A cell holds a double quote but does not start with one. Put the whole cell in double quotes, and double every quote inside it (&quot;&quot;).</source>
        <translation>Una celda contiene comillas dobles pero no empieza por ellas. Ponga toda la celda entre comillas dobles y duplique cada comilla que contenga (&quot;&quot;).</translation>
    </message>
    <message>
        <source>A cell opens a double quote that is never closed. Close it, or double the quote (&quot;&quot;) if it is part of the text.</source>
        <translation>Una celda abre unas comillas dobles que nunca se cierran. Ciérrelas, o duplique la comilla (&quot;&quot;) si forma parte del texto.</translation>
    </message>
    <message>
        <source>A device list has no such column (a typo?). The columns are: %1.</source>
        <translation>Una lista de dispositivos no tiene esa columna (¿un error de escritura?). Las columnas son: %1.</translation>
    </message>
    <message>
        <source>The column is there twice: keep one of them.</source>
        <translation>La columna aparece dos veces: deje solo una de ellas.</translation>
    </message>
    <message>
        <source>The first line must name the columns, and &quot;%1&quot; is not among them. For example: name,address,fingerprint,apiKeyFile</source>
        <translation>La primera línea debe indicar los nombres de las columnas, y &quot;%1&quot; no está entre ellos. Por ejemplo: name,address,fingerprint,apiKeyFile</translation>
    </message>
    <message>
        <source>The line has %1 cells where the first line names %2 columns. A cell that holds a comma needs double quotes around it, such as &quot;Press, line 2&quot;.</source>
        <translation>La línea tiene %1 celdas, pero la primera línea indica %2 columnas. Una celda que contenga una coma debe ir entre comillas dobles, como &quot;Prensa, línea 2&quot;.</translation>
    </message>
    <message>
        <source>The line gives both %1 and %2: a device&apos;s key is in one place, so fill in one of them.</source>
        <translation>La línea indica %1 y %2 a la vez: la clave de un dispositivo está en un solo lugar, así que rellene solo una de las dos.</translation>
    </message>
    <message>
        <source>Give a device list saved as CSV, its first line naming the columns (docs/fleet.md).</source>
        <translation>Indique una lista de dispositivos guardada como CSV, con los nombres de las columnas en la primera línea (docs/fleet.md).</translation>
    </message>
</context>
<context>
    <name>FleetLiveBlock</name>
    <message>
        <source>(%1% of its update)</source>
        <translation>(%1% de su actualización)</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more: %1</source>
        <translation>
            <numerusform>... y %n más: %1</numerusform>
            <numerusform>... y %n más: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <comment>devices in this state</comment>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checking</source>
        <comment>devices in this state</comment>
        <translation>
            <numerusform>%n en comprobación</numerusform>
            <numerusform>%n en comprobación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n before hook</source>
        <comment>devices in this state</comment>
        <translation>
            <numerusform>%n en el hook previo</numerusform>
            <numerusform>%n en el hook previo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updating</source>
        <comment>devices in this state</comment>
        <translation>
            <numerusform>%n actualizándose</numerusform>
            <numerusform>%n actualizándose</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n after hook</source>
        <comment>devices in this state</comment>
        <translation>
            <numerusform>%n en el hook posterior</numerusform>
            <numerusform>%n en el hook posterior</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>devices in this state</comment>
        <translation>
            <numerusform>%n omitido</numerusform>
            <numerusform>%n omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <comment>devices in this state</comment>
        <translation>
            <numerusform>%n con éxito</numerusform>
            <numerusform>%n con éxito</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>devices in this state</comment>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started</source>
        <comment>devices in this state</comment>
        <translation>
            <numerusform>%n sin iniciar</numerusform>
            <numerusform>%n sin iniciar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <comment>devices in this state</comment>
        <translation>
            <numerusform>%n cancelado</numerusform>
            <numerusform>%n cancelados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetPlan</name>
    <message>
        <source>%1 holds control characters: use letters, digits, spaces and punctuation.</source>
        <translation>%1 contiene caracteres de control: use letras, dígitos, espacios y signos de puntuación.</translation>
    </message>
    <message>
        <source>%1 is already the name of another device: names must tell devices apart.</source>
        <translation>%1 ya es el nombre de otro dispositivo: los nombres deben distinguir unos dispositivos de otros.</translation>
    </message>
    <message>
        <source>%1 is already another device&apos;s address: a device is updated once per run.</source>
        <translation>%1 ya es la dirección de otro dispositivo: cada dispositivo se actualiza una sola vez por ejecución.</translation>
    </message>
    <message>
        <source>The hook %1 is not a program that can be run. Check the path (relative paths start at the plan&apos;s folder) and its permissions (chmod +x).</source>
        <translation>El hook %1 no es un programa ejecutable. Compruebe la ruta (las rutas relativas parten de la carpeta del plan) y sus permisos (chmod +x).</translation>
    </message>
    <message>
        <source>The plan is not valid JSON: %1 at character %2.</source>
        <translation>El plan no es JSON válido: %1 en el carácter %2.</translation>
    </message>
    <message>
        <source>The plan must be a JSON object: { &quot;firmware&quot;: ..., &quot;devices&quot;: [...] }.</source>
        <translation>El plan debe ser un objeto JSON: { &quot;firmware&quot;: ..., &quot;devices&quot;: [...] }.</translation>
    </message>
    <message>
        <source>%1 is not a firmware version such as &quot;4.1.0&quot; or &quot;4.1.0-b.42&quot;.</source>
        <translation>%1 no es una versión de firmware como &quot;4.1.0&quot; o &quot;4.1.0-b.42&quot;.</translation>
    </message>
    <message>
        <source>Plan field %1: %2</source>
        <translation>Campo del plan %1: %2</translation>
    </message>
    <message>
        <source>There is no such field here. The fields here are: %1.</source>
        <translation>Este campo no está admitido en este lugar del plan. Los campos posibles aquí son: %1.</translation>
    </message>
    <message>
        <source>The value is missing.</source>
        <translation>Falta el valor.</translation>
    </message>
    <message>
        <source>The value must be text in double quotes.</source>
        <translation>El valor debe ser texto entre comillas dobles.</translation>
    </message>
    <message>
        <source>The value is empty: give a value or leave the field out.</source>
        <translation>El valor está vacío: indique un valor u omita el campo.</translation>
    </message>
    <message>
        <source>The value is longer than %1 characters.</source>
        <translation>El valor tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The value must be true or false, without quotes.</source>
        <translation>El valor debe ser true o false, sin comillas.</translation>
    </message>
    <message>
        <source>The value must be a whole number from %1 to %2, without quotes.</source>
        <translation>El valor debe ser un número entero de %1 a %2, sin comillas.</translation>
    </message>
    <message>
        <source>The value must be a number from %1 to %2, without quotes.</source>
        <translation>El valor debe ser un número de %1 a %2, sin comillas.</translation>
    </message>
    <message>
        <source>The value must be a number of devices (1 or more, without quotes) or a percentage of all the plan&apos;s devices in quotes, such as &quot;25%&quot;.</source>
        <translation>El valor debe ser un número de dispositivos (1 o más, sin comillas) o un porcentaje del total de dispositivos del plan, entre comillas, como &quot;25%&quot;.</translation>
    </message>
    <message>
        <source>The value must say where the key is: {&quot;env&quot;: &quot;VARIABLE&quot;}, {&quot;file&quot;: &quot;path&quot;} or {&quot;profile&quot;: true}. Never write the key itself into a plan.</source>
        <translation>El valor debe indicar dónde está la clave: {&quot;env&quot;: &quot;VARIABLE&quot;}, {&quot;file&quot;: &quot;ruta&quot;} o {&quot;profile&quot;: true}. Nunca escriba la propia clave en un plan.</translation>
    </message>
    <message>
        <source>The value can only be true, and only for a device with a &quot;profile&quot;.</source>
        <translation>El valor solo puede ser true, y solo para un dispositivo con &quot;profile&quot;.</translation>
    </message>
    <message>
        <source>The value is not the name of an environment variable (letters, digits and _, not starting with a digit). It is not repeated here: it may be a key.</source>
        <translation>El valor no es el nombre de una variable de entorno (letras, dígitos y _, sin empezar por un dígito). No se repite aquí porque podría ser una clave.</translation>
    </message>
    <message>
        <source>A device must be an object such as {&quot;name&quot;: &quot;line-1&quot;, &quot;address&quot;: &quot;10.0.0.5&quot;}.</source>
        <translation>Un dispositivo debe ser un objeto como {&quot;name&quot;: &quot;line-1&quot;, &quot;address&quot;: &quot;10.0.0.5&quot;}.</translation>
    </message>
    <message>
        <source>A hook must be an object such as {&quot;command&quot;: [&quot;/usr/local/bin/backup&quot;, &quot;--all&quot;], &quot;timeoutSeconds&quot;: 600}.</source>
        <translation>Un hook debe ser un objeto como {&quot;command&quot;: [&quot;/usr/local/bin/backup&quot;, &quot;--all&quot;], &quot;timeoutSeconds&quot;: 600}.</translation>
    </message>
    <message>
        <source>The command must be a list: the program, then its arguments, each in quotes. It runs without a shell.</source>
        <translation>El comando debe ser una lista: el programa y después sus argumentos, cada uno entre comillas. Se ejecuta sin shell.</translation>
    </message>
    <message>
        <source>Each word of the command must be text in quotes.</source>
        <translation>Cada palabra del comando debe ser texto entre comillas.</translation>
    </message>
    <message>
        <source>The value must be &quot;stdin&quot; (the hook reads the key on its standard input) or &quot;none&quot;.</source>
        <translation>El valor debe ser &quot;stdin&quot; (el hook lee la clave por su entrada estándar) o &quot;none&quot;.</translation>
    </message>
    <message>
        <source>The plan file %1 is not used: %2 belongs to another user of this computer, who could then receive the devices&apos; API keys. Use a copy in a folder of your own.</source>
        <translation>El archivo del plan %1 no se usa: %2 pertenece a otro usuario de este equipo, que podría así recibir las claves de API de los dispositivos. Use una copia en una carpeta propia.</translation>
    </message>
    <message>
        <source>The device list %1 is not used: %2 belongs to another user of this computer, who could then receive the devices&apos; API keys. Use a copy in a folder of your own.</source>
        <translation>El archivo de lista de dispositivos %1 no se usa: %2 pertenece a otro usuario de este equipo, que podría así recibir las claves de API de los dispositivos. Use una copia en una carpeta propia.</translation>
    </message>
    <message>
        <source>The hook %1 is not run: %2 belongs to another user of this computer, who could then receive the devices&apos; API keys. Use a copy in a folder of your own.</source>
        <translation>El hook %1 no se ejecuta: %2 pertenece a otro usuario de este equipo, que podría así recibir las claves de API de los dispositivos. Use una copia en una carpeta propia.</translation>
    </message>
    <message>
        <source>The plan file %1 is not used: other users of this computer can change %2, and could then receive the devices&apos; API keys. Make it private: chmod go-w %3</source>
        <translation>El archivo del plan %1 no se usa: otros usuarios de este equipo pueden modificar %2 y podrían así recibir las claves de API de los dispositivos. Hágalo privado: chmod go-w %3</translation>
    </message>
    <message>
        <source>The device list %1 is not used: other users of this computer can change %2, and could then receive the devices&apos; API keys. Make it private: chmod go-w %3</source>
        <translation>El archivo de lista de dispositivos %1 no se usa: otros usuarios de este equipo pueden modificar %2 y podrían así recibir las claves de API de los dispositivos. Hágalo privado: chmod go-w %3</translation>
    </message>
    <message>
        <source>The hook %1 is not run: other users of this computer can change %2, and could then receive the devices&apos; API keys. Make it private: chmod go-w %3</source>
        <translation>El hook %1 no se ejecuta: otros usuarios de este equipo pueden modificar %2 y podrían así recibir las claves de API de los dispositivos. Hágalo privado: chmod go-w %3</translation>
    </message>
    <message>
        <source>Give the fleet plan, a JSON file (docs/fleet.md).</source>
        <translation>Indique el plan de flota, un archivo JSON (docs/fleet.md).</translation>
    </message>
    <message>
        <source>The value must be 1, without quotes: this groov-update reads plans of version 1.</source>
        <translation>El valor debe ser 1, sin comillas: este groov-update lee planes de la versión 1.</translation>
    </message>
    <message>
        <source>The value must be the 64 hexadecimal digits of the firmware file&apos;s SHA-256, as Opto 22 publishes it.</source>
        <translation>El valor debe contener los 64 dígitos hexadecimales del SHA-256 del archivo de firmware, tal como lo publica Opto 22.</translation>
    </message>
    <message>
        <source>The value must be a list of 1 to %1 devices: [{&quot;name&quot;: &quot;line-1&quot;, &quot;address&quot;: &quot;10.0.0.5&quot;}, ...].</source>
        <translation>El valor debe ser una lista de 1 a %1 dispositivos: [{&quot;name&quot;: &quot;line-1&quot;, &quot;address&quot;: &quot;10.0.0.5&quot;}, ...].</translation>
    </message>
    <message>
        <source>The value must be a list of wave sizes, such as [1, 5, &quot;25%&quot;]: the first wave is the canary, and a last wave takes whatever remains.</source>
        <translation>El valor debe ser una lista de tamaños de oleada, como [1, 5, &quot;25%&quot;]: la primera oleada es la oleada piloto, y una oleada final incluye todos los dispositivos restantes.</translation>
    </message>
    <message>
        <source>The value must be an object with &quot;before&quot; and/or &quot;after&quot;.</source>
        <translation>El valor debe ser un objeto con &quot;before&quot;, &quot;after&quot; o ambos.</translation>
    </message>
</context>
<context>
    <name>FleetProfilesDialog</name>
    <message>
        <source>Fleet from saved profiles</source>
        <translation>Flota desde perfiles guardados</translation>
    </message>
    <message>
        <source>&amp;Devices to update (their address, trust and keychain entry come from the profile):</source>
        <translation>&amp;Dispositivos que actualizar (su dirección, confianza y entrada del llavero proceden del perfil):</translation>
    </message>
    <message>
        <source>&amp;Firmware:</source>
        <translation>&amp;Firmware:</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <source>&amp;Uploads at once:</source>
        <translation>&amp;Cargas simultáneas:</translation>
    </message>
    <message>
        <source>P&amp;reserve the devices&apos; settings (recommended)</source>
        <translation>Co&amp;nservar la configuración de los dispositivos (recomendado)</translation>
    </message>
</context>
<context>
    <name>FleetReport</name>
    <message>
        <source>Could not write the report %1: %2</source>
        <translation>No se pudo escribir el informe %1: %2</translation>
    </message>
</context>
<context>
    <name>FleetWindow</name>
    <message>
        <source>Fleet – groov update</source>
        <translation>Flota – groov update</translation>
    </message>
    <message>
        <source>&amp;Import plan...</source>
        <translation>&amp;Importar plan...</translation>
    </message>
    <message>
        <source>Import &amp;devices (CSV)...</source>
        <translation>Importar &amp;dispositivos (CSV)...</translation>
    </message>
    <message>
        <source>Add from &amp;profiles...</source>
        <translation>Añadir desde &amp;perfiles...</translation>
    </message>
    <message>
        <source>&amp;Force</source>
        <translation>&amp;Forzar</translation>
    </message>
    <message>
        <source>Update the devices that already run the target version too (they are skipped otherwise). Applies to the next Start.</source>
        <translation>Actualizar también los dispositivos que ya ejecutan la versión de destino (de lo contrario, se omiten). Se aplica la próxima vez que pulse Iniciar.</translation>
    </message>
    <message>
        <source>Allow do&amp;wngrade</source>
        <translation>Permitir cambio a &amp;versión anterior</translation>
    </message>
    <message>
        <source>Install the firmware on the devices that run a newer version than the target too (they are skipped otherwise). Applies to the next Start.</source>
        <translation>Instalar el firmware también en los dispositivos que ejecutan una versión más reciente que la de destino (de lo contrario, se omiten). Se aplica la próxima vez que pulse Iniciar.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Inici&amp;ar</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Cancelar ejecución</translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation>&amp;Exportar informe...</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Ab&amp;out</source>
        <translation>Ace&amp;rca de</translation>
    </message>
    <message>
        <source>Pa&amp;use new starts</source>
        <translation>Pa&amp;usar nuevos inicios</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>The language of messages: %1 (default: the system&apos;s).</source>
        <translation>El idioma de los mensajes: %1 (predeterminado: el del sistema).</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>--lang is given more than once.</source>
        <translation>--lang se ha indicado más de una vez.</translation>
    </message>
</context>
<context>
    <name>LocalFile</name>
    <message>
        <source>Check that it is the right file.</source>
        <translation>Compruebe que es el archivo correcto.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; does not exist. Check the path and the spelling of the file name.</source>
        <translation>El archivo de firmware &quot;%1&quot; no existe. Compruebe la ruta y la ortografía del nombre del archivo.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; does not exist: a part of the path before the file name is a file, not a folder. Check the path.</source>
        <translation>El archivo de firmware &quot;%1&quot; no existe: una parte de la ruta anterior al nombre del archivo es un archivo, no una carpeta. Compruebe la ruta.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; leads into a loop of symbolic links, so there is no file to read. Fix the links, or give the file itself.</source>
        <translation>El archivo de firmware &quot;%1&quot; lleva a un bucle de enlaces simbólicos, así que no hay ningún archivo que leer. Corrija los enlaces o indique el propio archivo.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; cannot be reached: a folder on its path does not let this user in (%2). Check the folders&apos; permissions.</source>
        <translation>El archivo de firmware &quot;%1&quot; no es accesible: una carpeta de su ruta no permite la entrada a este usuario (%2). Compruebe los permisos de las carpetas.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; cannot be examined (%2). Check the path.</source>
        <translation>El archivo de firmware &quot;%1&quot; no se puede examinar (%2). Compruebe la ruta.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; is a folder, not a file. Give the file inside it.</source>
        <translation>El archivo de firmware &quot;%1&quot; es una carpeta, no un archivo. Indique el archivo que hay dentro.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; is a named pipe (FIFO) in the file system: opening it could wait forever. Only a pipe this command already holds open is read, given as /dev/fd/N (as bash&apos;s &lt;(command) does). %2</source>
        <translation>El archivo de firmware &quot;%1&quot; es una tubería con nombre (FIFO) del sistema de archivos: abrirla podría bloquear el programa indefinidamente. Solo se lee una tubería que este comando ya tenga abierta, indicada como /dev/fd/N (como hace &lt;(comando) en bash). %2</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; is a named pipe (FIFO), not a regular file: opening it could wait forever. %2</source>
        <translation>El archivo de firmware &quot;%1&quot; es una tubería con nombre (FIFO), no un archivo normal: abrirla podría bloquear el programa indefinidamente. %2</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; is a socket, not a regular file. %2</source>
        <translation>El archivo de firmware &quot;%1&quot; es un socket, no un archivo normal. %2</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; is a device file (a character device, such as /dev/zero or a terminal), not a regular file: reading it may never end. %2</source>
        <translation>El archivo de firmware &quot;%1&quot; es un archivo de dispositivo (un dispositivo de caracteres, como /dev/zero o un terminal), no un archivo normal: su lectura podría no terminar nunca. %2</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; is a device file (a block device: a disk or a partition), not a regular file. %2</source>
        <translation>El archivo de firmware &quot;%1&quot; es un archivo de dispositivo (un dispositivo de bloques: un disco o una partición), no un archivo normal. %2</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; is not a regular file. %2</source>
        <translation>El archivo de firmware &quot;%1&quot; no es un archivo normal. %2</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; cannot be read (%2). Check its permissions.</source>
        <translation>El archivo de firmware &quot;%1&quot; no se puede leer (%2). Compruebe sus permisos.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; is empty (0 bytes). %2</source>
        <translation>El archivo de firmware &quot;%1&quot; está vacío (0 bytes). %2</translation>
    </message>
    <message>
        <source>The firmware file was given as an empty path. %1</source>
        <translation>El archivo de firmware se indicó como una ruta vacía. %1</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; contains a NUL character, which no file name can hold. Check the path.</source>
        <translation>El archivo de firmware &quot;%1&quot; contiene un carácter NUL, que ningún nombre de archivo puede contener. Compruebe la ruta.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; has a name that is not UTF-8 text, and several files in its folder match it. Rename the file to a UTF-8 name and give the new name.</source>
        <translation>El archivo de firmware &quot;%1&quot; tiene un nombre que no es texto UTF-8, y varios archivos de su carpeta coinciden con él. Cambie el nombre del archivo por uno en UTF-8 e indique el nuevo nombre.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; is a link to &quot;%2&quot;, which does not exist. Fix the link, or give the file itself.</source>
        <translation>El archivo de firmware &quot;%1&quot; es un enlace a &quot;%2&quot;, que no existe. Corrija el enlace o indique el propio archivo.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; is %2 bytes, more than such a file ever holds (at most %3 bytes). %4</source>
        <translation>El archivo de firmware &quot;%1&quot; tiene %2 bytes, más de lo que puede contener un archivo de este tipo (como máximo %3 bytes). %4</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; has a name that is not UTF-8 text (on disk: &quot;%2&quot;), which this program cannot open. Rename it to a UTF-8 name and give the new name.</source>
        <translation>El archivo de firmware &quot;%1&quot; tiene un nombre que no es texto UTF-8 (en disco: &quot;%2&quot;), que este programa no puede abrir. Cambie su nombre por uno en UTF-8 e indique el nuevo nombre.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; is a pipe whose writer had not finished after %2 seconds. Make sure the command that writes it ends, or save its output in an ordinary file.</source>
        <translation>El archivo de firmware &quot;%1&quot; es una tubería cuyo proceso escritor no había terminado después de %2 segundos. Asegúrese de que el comando que escribe en ella termine, o guarde su salida en un archivo normal.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; could not be read to the end (%2). Check the file and try again.</source>
        <translation>El archivo de firmware &quot;%1&quot; no se pudo leer hasta el final (%2). Compruebe el archivo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The firmware file &quot;%1&quot; holds more than %2 bytes, more than such a file ever holds. %3</source>
        <translation>El archivo de firmware &quot;%1&quot; contiene más de %2 bytes, más de lo que puede contener un archivo de este tipo. %3</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; does not exist. Check the path and the spelling of the file name.</source>
        <translation>El archivo de clave de API &quot;%1&quot; no existe. Compruebe la ruta y la ortografía del nombre del archivo.</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; does not exist: a part of the path before the file name is a file, not a folder. Check the path.</source>
        <translation>El archivo de clave de API &quot;%1&quot; no existe: una parte de la ruta anterior al nombre del archivo es un archivo, no una carpeta. Compruebe la ruta.</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; leads into a loop of symbolic links, so there is no file to read. Fix the links, or give the file itself.</source>
        <translation>El archivo de clave de API &quot;%1&quot; lleva a un bucle de enlaces simbólicos, así que no hay ningún archivo que leer. Corrija los enlaces o indique el propio archivo.</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; cannot be reached: a folder on its path does not let this user in (%2). Check the folders&apos; permissions.</source>
        <translation>El archivo de clave de API &quot;%1&quot; no es accesible: una carpeta de su ruta no permite la entrada a este usuario (%2). Compruebe los permisos de las carpetas.</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; cannot be examined (%2). Check the path.</source>
        <translation>El archivo de clave de API &quot;%1&quot; no se puede examinar (%2). Compruebe la ruta.</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; is a folder, not a file. Give the file inside it.</source>
        <translation>El archivo de clave de API &quot;%1&quot; es una carpeta, no un archivo. Indique el archivo que hay dentro.</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; is a named pipe (FIFO) in the file system: opening it could wait forever. Only a pipe this command already holds open is read, given as /dev/fd/N (as bash&apos;s &lt;(command) does). %2</source>
        <translation>El archivo de clave de API &quot;%1&quot; es una tubería con nombre (FIFO) del sistema de archivos: abrirla podría bloquear el programa indefinidamente. Solo se lee una tubería que este comando ya tenga abierta, indicada como /dev/fd/N (como hace &lt;(comando) en bash). %2</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; is a named pipe (FIFO), not a regular file: opening it could wait forever. %2</source>
        <translation>El archivo de clave de API &quot;%1&quot; es una tubería con nombre (FIFO), no un archivo normal: abrirla podría bloquear el programa indefinidamente. %2</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; is a socket, not a regular file. %2</source>
        <translation>El archivo de clave de API &quot;%1&quot; es un socket, no un archivo normal. %2</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; is a device file (a character device, such as /dev/zero or a terminal), not a regular file: reading it may never end. %2</source>
        <translation>El archivo de clave de API &quot;%1&quot; es un archivo de dispositivo (un dispositivo de caracteres, como /dev/zero o un terminal), no un archivo normal: su lectura podría no terminar nunca. %2</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; is a device file (a block device: a disk or a partition), not a regular file. %2</source>
        <translation>El archivo de clave de API &quot;%1&quot; es un archivo de dispositivo (un dispositivo de bloques: un disco o una partición), no un archivo normal. %2</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; is not a regular file. %2</source>
        <translation>El archivo de clave de API &quot;%1&quot; no es un archivo normal. %2</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; cannot be read (%2). Check its permissions.</source>
        <translation>El archivo de clave de API &quot;%1&quot; no se puede leer (%2). Compruebe sus permisos.</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; is empty (0 bytes). %2</source>
        <translation>El archivo de clave de API &quot;%1&quot; está vacío (0 bytes). %2</translation>
    </message>
    <message>
        <source>The API key file was given as an empty path. %1</source>
        <translation>El archivo de clave de API se indicó como una ruta vacía. %1</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; contains a NUL character, which no file name can hold. Check the path.</source>
        <translation>El archivo de clave de API &quot;%1&quot; contiene un carácter NUL, que ningún nombre de archivo puede contener. Compruebe la ruta.</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; has a name that is not UTF-8 text, and several files in its folder match it. Rename the file to a UTF-8 name and give the new name.</source>
        <translation>El archivo de clave de API &quot;%1&quot; tiene un nombre que no es texto UTF-8, y varios archivos de su carpeta coinciden con él. Cambie el nombre del archivo por uno en UTF-8 e indique el nuevo nombre.</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; is a link to &quot;%2&quot;, which does not exist. Fix the link, or give the file itself.</source>
        <translation>El archivo de clave de API &quot;%1&quot; es un enlace a &quot;%2&quot;, que no existe. Corrija el enlace o indique el propio archivo.</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; is %2 bytes, more than such a file ever holds (at most %3 bytes). %4</source>
        <translation>El archivo de clave de API &quot;%1&quot; tiene %2 bytes, más de lo que puede contener un archivo de este tipo (como máximo %3 bytes). %4</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; has a name that is not UTF-8 text (on disk: &quot;%2&quot;), which this program cannot open. Rename it to a UTF-8 name and give the new name.</source>
        <translation>El archivo de clave de API &quot;%1&quot; tiene un nombre que no es texto UTF-8 (en disco: &quot;%2&quot;), que este programa no puede abrir. Cambie su nombre por uno en UTF-8 e indique el nuevo nombre.</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; is a pipe whose writer had not finished after %2 seconds. Make sure the command that writes it ends, or save its output in an ordinary file.</source>
        <translation>El archivo de clave de API &quot;%1&quot; es una tubería cuyo proceso escritor no había terminado después de %2 segundos. Asegúrese de que el comando que escribe en ella termine, o guarde su salida en un archivo normal.</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; could not be read to the end (%2). Check the file and try again.</source>
        <translation>El archivo de clave de API &quot;%1&quot; no se pudo leer hasta el final (%2). Compruebe el archivo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; holds more than %2 bytes, more than such a file ever holds. %3</source>
        <translation>El archivo de clave de API &quot;%1&quot; contiene más de %2 bytes, más de lo que puede contener un archivo de este tipo. %3</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; does not exist. Check the path and the spelling of the file name.</source>
        <translation>El archivo de certificado de CA &quot;%1&quot; no existe. Compruebe la ruta y la ortografía del nombre del archivo.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; does not exist: a part of the path before the file name is a file, not a folder. Check the path.</source>
        <translation>El archivo de certificado de CA &quot;%1&quot; no existe: una parte de la ruta anterior al nombre del archivo es un archivo, no una carpeta. Compruebe la ruta.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; leads into a loop of symbolic links, so there is no file to read. Fix the links, or give the file itself.</source>
        <translation>El archivo de certificado de CA &quot;%1&quot; lleva a un bucle de enlaces simbólicos, así que no hay ningún archivo que leer. Corrija los enlaces o indique el propio archivo.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; cannot be reached: a folder on its path does not let this user in (%2). Check the folders&apos; permissions.</source>
        <translation>El archivo de certificado de CA &quot;%1&quot; no es accesible: una carpeta de su ruta no permite la entrada a este usuario (%2). Compruebe los permisos de las carpetas.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; cannot be examined (%2). Check the path.</source>
        <translation>El archivo de certificado de CA &quot;%1&quot; no se puede examinar (%2). Compruebe la ruta.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; is a folder, not a file. Give the file inside it.</source>
        <translation>El archivo de certificado de CA &quot;%1&quot; es una carpeta, no un archivo. Indique el archivo que hay dentro.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; is a named pipe (FIFO) in the file system: opening it could wait forever. Only a pipe this command already holds open is read, given as /dev/fd/N (as bash&apos;s &lt;(command) does). %2</source>
        <translation>El archivo de certificado de CA &quot;%1&quot; es una tubería con nombre (FIFO) del sistema de archivos: abrirla podría bloquear el programa indefinidamente. Solo se lee una tubería que este comando ya tenga abierta, indicada como /dev/fd/N (como hace &lt;(comando) en bash). %2</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; is a named pipe (FIFO), not a regular file: opening it could wait forever. %2</source>
        <translation>El archivo de certificado de CA &quot;%1&quot; es una tubería con nombre (FIFO), no un archivo normal: abrirla podría bloquear el programa indefinidamente. %2</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; is a socket, not a regular file. %2</source>
        <translation>El archivo de certificado de CA &quot;%1&quot; es un socket, no un archivo normal. %2</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; is a device file (a character device, such as /dev/zero or a terminal), not a regular file: reading it may never end. %2</source>
        <translation>El archivo de certificado de CA &quot;%1&quot; es un archivo de dispositivo (un dispositivo de caracteres, como /dev/zero o un terminal), no un archivo normal: su lectura podría no terminar nunca. %2</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; is a device file (a block device: a disk or a partition), not a regular file. %2</source>
        <translation>El archivo de certificado de CA &quot;%1&quot; es un archivo de dispositivo (un dispositivo de bloques: un disco o una partición), no un archivo normal. %2</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; is not a regular file. %2</source>
        <translation>El archivo de certificado de CA &quot;%1&quot; no es un archivo normal. %2</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; cannot be read (%2). Check its permissions.</source>
        <translation>El archivo de certificado de CA &quot;%1&quot; no se puede leer (%2). Compruebe sus permisos.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; is empty (0 bytes). %2</source>
        <translation>El archivo de certificado de CA &quot;%1&quot; está vacío (0 bytes). %2</translation>
    </message>
    <message>
        <source>The CA certificate file was given as an empty path. %1</source>
        <translation>El archivo de certificado de CA se indicó como una ruta vacía. %1</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; contains a NUL character, which no file name can hold. Check the path.</source>
        <translation>El archivo de certificado de CA &quot;%1&quot; contiene un carácter NUL, que ningún nombre de archivo puede contener. Compruebe la ruta.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; has a name that is not UTF-8 text, and several files in its folder match it. Rename the file to a UTF-8 name and give the new name.</source>
        <translation>El archivo de certificado de CA &quot;%1&quot; tiene un nombre que no es texto UTF-8, y varios archivos de su carpeta coinciden con él. Cambie el nombre del archivo por uno en UTF-8 e indique el nuevo nombre.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; is a link to &quot;%2&quot;, which does not exist. Fix the link, or give the file itself.</source>
        <translation>El archivo de certificado de CA &quot;%1&quot; es un enlace a &quot;%2&quot;, que no existe. Corrija el enlace o indique el propio archivo.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; is %2 bytes, more than such a file ever holds (at most %3 bytes). %4</source>
        <translation>El archivo de certificado de CA &quot;%1&quot; tiene %2 bytes, más de lo que puede contener un archivo de este tipo (como máximo %3 bytes). %4</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; has a name that is not UTF-8 text (on disk: &quot;%2&quot;), which this program cannot open. Rename it to a UTF-8 name and give the new name.</source>
        <translation>El archivo de certificado de CA &quot;%1&quot; tiene un nombre que no es texto UTF-8 (en disco: &quot;%2&quot;), que este programa no puede abrir. Cambie su nombre por uno en UTF-8 e indique el nuevo nombre.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; is a pipe whose writer had not finished after %2 seconds. Make sure the command that writes it ends, or save its output in an ordinary file.</source>
        <translation>El archivo de certificado de CA &quot;%1&quot; es una tubería cuyo proceso escritor no había terminado después de %2 segundos. Asegúrese de que el comando que escribe en ella termine, o guarde su salida en un archivo normal.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; could not be read to the end (%2). Check the file and try again.</source>
        <translation>El archivo de certificado de CA &quot;%1&quot; no se pudo leer hasta el final (%2). Compruebe el archivo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; holds more than %2 bytes, more than such a file ever holds. %3</source>
        <translation>El archivo de certificado de CA &quot;%1&quot; contiene más de %2 bytes, más de lo que puede contener un archivo de este tipo. %3</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; does not exist. Check the path and the spelling of the file name.</source>
        <translation>El archivo de perfiles &quot;%1&quot; no existe. Compruebe la ruta y la ortografía del nombre del archivo.</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; does not exist: a part of the path before the file name is a file, not a folder. Check the path.</source>
        <translation>El archivo de perfiles &quot;%1&quot; no existe: una parte de la ruta anterior al nombre del archivo es un archivo, no una carpeta. Compruebe la ruta.</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; leads into a loop of symbolic links, so there is no file to read. Fix the links, or give the file itself.</source>
        <translation>El archivo de perfiles &quot;%1&quot; lleva a un bucle de enlaces simbólicos, así que no hay ningún archivo que leer. Corrija los enlaces o indique el propio archivo.</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; cannot be reached: a folder on its path does not let this user in (%2). Check the folders&apos; permissions.</source>
        <translation>El archivo de perfiles &quot;%1&quot; no es accesible: una carpeta de su ruta no permite la entrada a este usuario (%2). Compruebe los permisos de las carpetas.</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; cannot be examined (%2). Check the path.</source>
        <translation>El archivo de perfiles &quot;%1&quot; no se puede examinar (%2). Compruebe la ruta.</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; is a folder, not a file. Give the file inside it.</source>
        <translation>El archivo de perfiles &quot;%1&quot; es una carpeta, no un archivo. Indique el archivo que hay dentro.</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; is a named pipe (FIFO) in the file system: opening it could wait forever. Only a pipe this command already holds open is read, given as /dev/fd/N (as bash&apos;s &lt;(command) does). %2</source>
        <translation>El archivo de perfiles &quot;%1&quot; es una tubería con nombre (FIFO) del sistema de archivos: abrirla podría bloquear el programa indefinidamente. Solo se lee una tubería que este comando ya tenga abierta, indicada como /dev/fd/N (como hace &lt;(comando) en bash). %2</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; is a named pipe (FIFO), not a regular file: opening it could wait forever. %2</source>
        <translation>El archivo de perfiles &quot;%1&quot; es una tubería con nombre (FIFO), no un archivo normal: abrirla podría bloquear el programa indefinidamente. %2</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; is a socket, not a regular file. %2</source>
        <translation>El archivo de perfiles &quot;%1&quot; es un socket, no un archivo normal. %2</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; is a device file (a character device, such as /dev/zero or a terminal), not a regular file: reading it may never end. %2</source>
        <translation>El archivo de perfiles &quot;%1&quot; es un archivo de dispositivo (un dispositivo de caracteres, como /dev/zero o un terminal), no un archivo normal: su lectura podría no terminar nunca. %2</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; is a device file (a block device: a disk or a partition), not a regular file. %2</source>
        <translation>El archivo de perfiles &quot;%1&quot; es un archivo de dispositivo (un dispositivo de bloques: un disco o una partición), no un archivo normal. %2</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; is not a regular file. %2</source>
        <translation>El archivo de perfiles &quot;%1&quot; no es un archivo normal. %2</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; cannot be read (%2). Check its permissions.</source>
        <translation>El archivo de perfiles &quot;%1&quot; no se puede leer (%2). Compruebe sus permisos.</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; is empty (0 bytes). %2</source>
        <translation>El archivo de perfiles &quot;%1&quot; está vacío (0 bytes). %2</translation>
    </message>
    <message>
        <source>The profiles file was given as an empty path. %1</source>
        <translation>El archivo de perfiles se indicó como una ruta vacía. %1</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; contains a NUL character, which no file name can hold. Check the path.</source>
        <translation>El archivo de perfiles &quot;%1&quot; contiene un carácter NUL, que ningún nombre de archivo puede contener. Compruebe la ruta.</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; has a name that is not UTF-8 text, and several files in its folder match it. Rename the file to a UTF-8 name and give the new name.</source>
        <translation>El archivo de perfiles &quot;%1&quot; tiene un nombre que no es texto UTF-8, y varios archivos de su carpeta coinciden con él. Cambie el nombre del archivo por uno en UTF-8 e indique el nuevo nombre.</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; is a link to &quot;%2&quot;, which does not exist. Fix the link, or give the file itself.</source>
        <translation>El archivo de perfiles &quot;%1&quot; es un enlace a &quot;%2&quot;, que no existe. Corrija el enlace o indique el propio archivo.</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; is %2 bytes, more than such a file ever holds (at most %3 bytes). %4</source>
        <translation>El archivo de perfiles &quot;%1&quot; tiene %2 bytes, más de lo que puede contener un archivo de este tipo (como máximo %3 bytes). %4</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; has a name that is not UTF-8 text (on disk: &quot;%2&quot;), which this program cannot open. Rename it to a UTF-8 name and give the new name.</source>
        <translation>El archivo de perfiles &quot;%1&quot; tiene un nombre que no es texto UTF-8 (en disco: &quot;%2&quot;), que este programa no puede abrir. Cambie su nombre por uno en UTF-8 e indique el nuevo nombre.</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; is a pipe whose writer had not finished after %2 seconds. Make sure the command that writes it ends, or save its output in an ordinary file.</source>
        <translation>El archivo de perfiles &quot;%1&quot; es una tubería cuyo proceso escritor no había terminado después de %2 segundos. Asegúrese de que el comando que escribe en ella termine, o guarde su salida en un archivo normal.</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; could not be read to the end (%2). Check the file and try again.</source>
        <translation>El archivo de perfiles &quot;%1&quot; no se pudo leer hasta el final (%2). Compruebe el archivo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The profiles file &quot;%1&quot; holds more than %2 bytes, more than such a file ever holds. %3</source>
        <translation>El archivo de perfiles &quot;%1&quot; contiene más de %2 bytes, más de lo que puede contener un archivo de este tipo. %3</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; does not exist. Check the path and the spelling of the file name.</source>
        <translation>El archivo del plan &quot;%1&quot; no existe. Compruebe la ruta y la ortografía del nombre del archivo.</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; does not exist: a part of the path before the file name is a file, not a folder. Check the path.</source>
        <translation>El archivo del plan &quot;%1&quot; no existe: una parte de la ruta anterior al nombre del archivo es un archivo, no una carpeta. Compruebe la ruta.</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; leads into a loop of symbolic links, so there is no file to read. Fix the links, or give the file itself.</source>
        <translation>El archivo del plan &quot;%1&quot; lleva a un bucle de enlaces simbólicos, así que no hay ningún archivo que leer. Corrija los enlaces o indique el propio archivo.</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; cannot be reached: a folder on its path does not let this user in (%2). Check the folders&apos; permissions.</source>
        <translation>El archivo del plan &quot;%1&quot; no es accesible: una carpeta de su ruta no permite la entrada a este usuario (%2). Compruebe los permisos de las carpetas.</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; cannot be examined (%2). Check the path.</source>
        <translation>El archivo del plan &quot;%1&quot; no se puede examinar (%2). Compruebe la ruta.</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; is a folder, not a file. Give the file inside it.</source>
        <translation>El archivo del plan &quot;%1&quot; es una carpeta, no un archivo. Indique el archivo que hay dentro.</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; is a named pipe (FIFO) in the file system: opening it could wait forever. Only a pipe this command already holds open is read, given as /dev/fd/N (as bash&apos;s &lt;(command) does). %2</source>
        <translation>El archivo del plan &quot;%1&quot; es una tubería con nombre (FIFO) del sistema de archivos: abrirla podría bloquear el programa indefinidamente. Solo se lee una tubería que este comando ya tenga abierta, indicada como /dev/fd/N (como hace &lt;(comando) en bash). %2</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; is a named pipe (FIFO), not a regular file: opening it could wait forever. %2</source>
        <translation>El archivo del plan &quot;%1&quot; es una tubería con nombre (FIFO), no un archivo normal: abrirla podría bloquear el programa indefinidamente. %2</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; is a socket, not a regular file. %2</source>
        <translation>El archivo del plan &quot;%1&quot; es un socket, no un archivo normal. %2</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; is a device file (a character device, such as /dev/zero or a terminal), not a regular file: reading it may never end. %2</source>
        <translation>El archivo del plan &quot;%1&quot; es un archivo de dispositivo (un dispositivo de caracteres, como /dev/zero o un terminal), no un archivo normal: su lectura podría no terminar nunca. %2</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; is a device file (a block device: a disk or a partition), not a regular file. %2</source>
        <translation>El archivo del plan &quot;%1&quot; es un archivo de dispositivo (un dispositivo de bloques: un disco o una partición), no un archivo normal. %2</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; is not a regular file. %2</source>
        <translation>El archivo del plan &quot;%1&quot; no es un archivo normal. %2</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; cannot be read (%2). Check its permissions.</source>
        <translation>El archivo del plan &quot;%1&quot; no se puede leer (%2). Compruebe sus permisos.</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; is empty (0 bytes). %2</source>
        <translation>El archivo del plan &quot;%1&quot; está vacío (0 bytes). %2</translation>
    </message>
    <message>
        <source>The plan file was given as an empty path. %1</source>
        <translation>El archivo del plan se indicó como una ruta vacía. %1</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; contains a NUL character, which no file name can hold. Check the path.</source>
        <translation>El archivo del plan &quot;%1&quot; contiene un carácter NUL, que ningún nombre de archivo puede contener. Compruebe la ruta.</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; has a name that is not UTF-8 text, and several files in its folder match it. Rename the file to a UTF-8 name and give the new name.</source>
        <translation>El archivo del plan &quot;%1&quot; tiene un nombre que no es texto UTF-8, y varios archivos de su carpeta coinciden con él. Cambie el nombre del archivo por uno en UTF-8 e indique el nuevo nombre.</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; is a link to &quot;%2&quot;, which does not exist. Fix the link, or give the file itself.</source>
        <translation>El archivo del plan &quot;%1&quot; es un enlace a &quot;%2&quot;, que no existe. Corrija el enlace o indique el propio archivo.</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; is %2 bytes, more than such a file ever holds (at most %3 bytes). %4</source>
        <translation>El archivo del plan &quot;%1&quot; tiene %2 bytes, más de lo que puede contener un archivo de este tipo (como máximo %3 bytes). %4</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; has a name that is not UTF-8 text (on disk: &quot;%2&quot;), which this program cannot open. Rename it to a UTF-8 name and give the new name.</source>
        <translation>El archivo del plan &quot;%1&quot; tiene un nombre que no es texto UTF-8 (en disco: &quot;%2&quot;), que este programa no puede abrir. Cambie su nombre por uno en UTF-8 e indique el nuevo nombre.</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; is a pipe whose writer had not finished after %2 seconds. Make sure the command that writes it ends, or save its output in an ordinary file.</source>
        <translation>El archivo del plan &quot;%1&quot; es una tubería cuyo proceso escritor no había terminado después de %2 segundos. Asegúrese de que el comando que escribe en ella termine, o guarde su salida en un archivo normal.</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; could not be read to the end (%2). Check the file and try again.</source>
        <translation>El archivo del plan &quot;%1&quot; no se pudo leer hasta el final (%2). Compruebe el archivo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The plan file &quot;%1&quot; holds more than %2 bytes, more than such a file ever holds. %3</source>
        <translation>El archivo del plan &quot;%1&quot; contiene más de %2 bytes, más de lo que puede contener un archivo de este tipo. %3</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; does not exist. Check the path and the spelling of the file name.</source>
        <translation>El archivo de lista de dispositivos &quot;%1&quot; no existe. Compruebe la ruta y la ortografía del nombre del archivo.</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; does not exist: a part of the path before the file name is a file, not a folder. Check the path.</source>
        <translation>El archivo de lista de dispositivos &quot;%1&quot; no existe: una parte de la ruta anterior al nombre del archivo es un archivo, no una carpeta. Compruebe la ruta.</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; leads into a loop of symbolic links, so there is no file to read. Fix the links, or give the file itself.</source>
        <translation>El archivo de lista de dispositivos &quot;%1&quot; lleva a un bucle de enlaces simbólicos, así que no hay ningún archivo que leer. Corrija los enlaces o indique el propio archivo.</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; cannot be reached: a folder on its path does not let this user in (%2). Check the folders&apos; permissions.</source>
        <translation>El archivo de lista de dispositivos &quot;%1&quot; no es accesible: una carpeta de su ruta no permite la entrada a este usuario (%2). Compruebe los permisos de las carpetas.</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; cannot be examined (%2). Check the path.</source>
        <translation>El archivo de lista de dispositivos &quot;%1&quot; no se puede examinar (%2). Compruebe la ruta.</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; is a folder, not a file. Give the file inside it.</source>
        <translation>El archivo de lista de dispositivos &quot;%1&quot; es una carpeta, no un archivo. Indique el archivo que hay dentro.</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; is a named pipe (FIFO) in the file system: opening it could wait forever. Only a pipe this command already holds open is read, given as /dev/fd/N (as bash&apos;s &lt;(command) does). %2</source>
        <translation>El archivo de lista de dispositivos &quot;%1&quot; es una tubería con nombre (FIFO) del sistema de archivos: abrirla podría bloquear el programa indefinidamente. Solo se lee una tubería que este comando ya tenga abierta, indicada como /dev/fd/N (como hace &lt;(comando) en bash). %2</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; is a named pipe (FIFO), not a regular file: opening it could wait forever. %2</source>
        <translation>El archivo de lista de dispositivos &quot;%1&quot; es una tubería con nombre (FIFO), no un archivo normal: abrirla podría bloquear el programa indefinidamente. %2</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; is a socket, not a regular file. %2</source>
        <translation>El archivo de lista de dispositivos &quot;%1&quot; es un socket, no un archivo normal. %2</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; is a device file (a character device, such as /dev/zero or a terminal), not a regular file: reading it may never end. %2</source>
        <translation>El archivo de lista de dispositivos &quot;%1&quot; es un archivo de dispositivo (un dispositivo de caracteres, como /dev/zero o un terminal), no un archivo normal: su lectura podría no terminar nunca. %2</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; is a device file (a block device: a disk or a partition), not a regular file. %2</source>
        <translation>El archivo de lista de dispositivos &quot;%1&quot; es un archivo de dispositivo (un dispositivo de bloques: un disco o una partición), no un archivo normal. %2</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; is not a regular file. %2</source>
        <translation>El archivo de lista de dispositivos &quot;%1&quot; no es un archivo normal. %2</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; cannot be read (%2). Check its permissions.</source>
        <translation>El archivo de lista de dispositivos &quot;%1&quot; no se puede leer (%2). Compruebe sus permisos.</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; is empty (0 bytes). %2</source>
        <translation>El archivo de lista de dispositivos &quot;%1&quot; está vacío (0 bytes). %2</translation>
    </message>
    <message>
        <source>The device list was given as an empty path. %1</source>
        <translation>El archivo de lista de dispositivos se indicó como una ruta vacía. %1</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; contains a NUL character, which no file name can hold. Check the path.</source>
        <translation>El archivo de lista de dispositivos &quot;%1&quot; contiene un carácter NUL, que ningún nombre de archivo puede contener. Compruebe la ruta.</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; has a name that is not UTF-8 text, and several files in its folder match it. Rename the file to a UTF-8 name and give the new name.</source>
        <translation>El archivo de lista de dispositivos &quot;%1&quot; tiene un nombre que no es texto UTF-8, y varios archivos de su carpeta coinciden con él. Cambie el nombre del archivo por uno en UTF-8 e indique el nuevo nombre.</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; is a link to &quot;%2&quot;, which does not exist. Fix the link, or give the file itself.</source>
        <translation>El archivo de lista de dispositivos &quot;%1&quot; es un enlace a &quot;%2&quot;, que no existe. Corrija el enlace o indique el propio archivo.</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; is %2 bytes, more than such a file ever holds (at most %3 bytes). %4</source>
        <translation>El archivo de lista de dispositivos &quot;%1&quot; tiene %2 bytes, más de lo que puede contener un archivo de este tipo (como máximo %3 bytes). %4</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; has a name that is not UTF-8 text (on disk: &quot;%2&quot;), which this program cannot open. Rename it to a UTF-8 name and give the new name.</source>
        <translation>El archivo de lista de dispositivos &quot;%1&quot; tiene un nombre que no es texto UTF-8 (en disco: &quot;%2&quot;), que este programa no puede abrir. Cambie su nombre por uno en UTF-8 e indique el nuevo nombre.</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; is a pipe whose writer had not finished after %2 seconds. Make sure the command that writes it ends, or save its output in an ordinary file.</source>
        <translation>El archivo de lista de dispositivos &quot;%1&quot; es una tubería cuyo proceso escritor no había terminado después de %2 segundos. Asegúrese de que el comando que escribe en ella termine, o guarde su salida en un archivo normal.</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; could not be read to the end (%2). Check the file and try again.</source>
        <translation>El archivo de lista de dispositivos &quot;%1&quot; no se pudo leer hasta el final (%2). Compruebe el archivo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The device list &quot;%1&quot; holds more than %2 bytes, more than such a file ever holds. %3</source>
        <translation>El archivo de lista de dispositivos &quot;%1&quot; contiene más de %2 bytes, más de lo que puede contener un archivo de este tipo. %3</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profiles file %1 is not used: %2 belongs to another user of this computer, who could point a profile at their own server and receive the device&apos;s API key. Keep the profiles in a folder of your own (see XDG_CONFIG_HOME).</source>
        <translation>El archivo de perfiles %1 no se usa: %2 pertenece a otro usuario de este equipo, que podría dirigir un perfil a su propio servidor y recibir la clave de API del dispositivo. Guarde los perfiles en una carpeta propia (consulte XDG_CONFIG_HOME).</translation>
    </message>
    <message>
        <source>The profiles file %1 is not used: other users of this computer can change %2, so they could point a profile at their own server and receive the device&apos;s API key. Make it private: chmod go-w %3</source>
        <translation>El archivo de perfiles %1 no se usa: otros usuarios de este equipo pueden modificar %2, por lo que podrían dirigir un perfil a su propio servidor y recibir la clave de API del dispositivo. Hágalo privado: chmod go-w %3</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; cannot be used: %2 Edit or delete it in groov-update-gui (Manage profiles).</source>
        <translation>El perfil &quot;%1&quot; no se puede usar: %2 Edítelo o elimínelo en groov-update-gui (Administrar perfiles).</translation>
    </message>
    <message>
        <source>Cannot write the profiles file %1.</source>
        <translation>No se puede escribir el archivo de perfiles %1.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Un perfil necesita un nombre.</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with a space.</source>
        <translation>Un nombre de perfil no puede empezar ni terminar con un espacio.</translation>
    </message>
    <message>
        <source>A profile name has at most %1 characters.</source>
        <translation>Un nombre de perfil tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A profile name cannot contain &quot;/&quot;, &quot;\&quot; or control characters.</source>
        <translation>Un nombre de perfil no puede contener &quot;/&quot;, &quot;\&quot; ni caracteres de control.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ya existe un perfil llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The profiles file %1 is damaged: it contains binary data. It was left as it is; fix it in a text editor, or move it aside and save the profiles again in groov-update-gui.</source>
        <translation>El archivo de perfiles %1 está dañado: contiene datos binarios. Se ha dejado tal cual; corríjalo en un editor de texto, o muévalo a otro lugar y vuelva a guardar los perfiles en groov-update-gui.</translation>
    </message>
    <message>
        <source>The profiles file %1 is damaged: it is not UTF-8 text. It was left as it is; fix it in a text editor, or move it aside and save the profiles again in groov-update-gui.</source>
        <translation>El archivo de perfiles %1 está dañado: no es texto UTF-8. Se ha dejado tal cual; corríjalo en un editor de texto, o muévalo a otro lugar y vuelva a guardar los perfiles en groov-update-gui.</translation>
    </message>
    <message>
        <source>The profiles file %1 is damaged: line %2 is neither a [section] nor a key=value line. It was left as it is; fix it in a text editor, or move it aside and save the profiles again in groov-update-gui.</source>
        <translation>El archivo de perfiles %1 está dañado: la línea %2 no es ni una [sección] ni una línea clave=valor. Se ha dejado tal cual; corríjalo en un editor de texto, o muévalo a otro lugar y vuelva a guardar los perfiles en groov-update-gui.</translation>
    </message>
    <message>
        <source>The profiles file %1 is damaged: it is not an INI file. It was left as it is; fix it in a text editor, or move it aside and save the profiles again in groov-update-gui.</source>
        <translation>El archivo de perfiles %1 está dañado: no es un archivo INI. Se ha dejado tal cual; corríjalo en un editor de texto, o muévalo a otro lugar y vuelva a guardar los perfiles en groov-update-gui.</translation>
    </message>
    <message>
        <source>The file was left as it is; move it aside and save the profiles again in groov-update-gui.</source>
        <translation>El archivo se ha dejado tal cual; muévalo a otro lugar y vuelva a guardar los perfiles en groov-update-gui.</translation>
    </message>
    <message>
        <source>No profile named &quot;%1&quot; (there are none yet; groov-update-gui saves them). Check the name, or save the device as a profile in groov-update-gui.</source>
        <translation>No hay ningún perfil llamado &quot;%1&quot; (todavía no hay ninguno; groov-update-gui los guarda). Compruebe el nombre o guarde el dispositivo como perfil en groov-update-gui.</translation>
    </message>
    <message>
        <source>No profile named &quot;%1&quot; (known profiles: %2). Check the name, or save the device as a profile in groov-update-gui.</source>
        <translation>No hay ningún perfil llamado &quot;%1&quot; (perfiles conocidos: %2). Compruebe el nombre o guarde el dispositivo como perfil en groov-update-gui.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; cannot be used: its trust setting &quot;%2&quot; is unknown. Edit or delete it in groov-update-gui (Manage profiles).</source>
        <translation>El perfil &quot;%1&quot; no se puede usar: su valor de confianza &quot;%2&quot; es desconocido. Edítelo o elimínelo en groov-update-gui (Administrar perfiles).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; cannot be used: its preserveSettings value &quot;%2&quot; is neither true nor false. Edit or delete it in groov-update-gui (Manage profiles).</source>
        <translation>El perfil &quot;%1&quot; no se puede usar: su valor de preserveSettings &quot;%2&quot; no es ni true ni false. Edítelo o elimínelo en groov-update-gui (Administrar perfiles).</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Saved device &amp;profiles:</source>
        <translation>&amp;Perfiles de dispositivo guardados:</translation>
    </message>
    <message>
        <source>&amp;Rename...</source>
        <translation>Cambiar &amp;nombre...</translation>
    </message>
    <message>
        <source>D&amp;uplicate...</source>
        <translation>D&amp;uplicar...</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Eliminar...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Updating the firmware</source>
        <translation>Actualizando el firmware</translation>
    </message>
    <message>
        <source>Every step the update goes through. Keep this window open until the device is ready.</source>
        <translation>Todos los pasos por los que pasa la actualización. Mantenga esta ventana abierta hasta que el dispositivo esté listo.</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Progreso total</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Update steps</source>
        <translation>Pasos de actualización</translation>
    </message>
    <message>
        <source>The steps of the update with their state and elapsed time</source>
        <translation>Los pasos de la actualización con su estado y el tiempo transcurrido</translation>
    </message>
    <message>
        <source>Device heartbeat</source>
        <translation>Actividad del dispositivo</translation>
    </message>
    <message>
        <source>Waiting for the device...</source>
        <translation>Esperando al dispositivo...</translation>
    </message>
    <message>
        <source>Show or hide the log</source>
        <translation>Mostrar u ocultar el registro</translation>
    </message>
    <message>
        <source>Show log</source>
        <translation>Mostrar registro</translation>
    </message>
    <message>
        <source>Update log</source>
        <translation>Registro de actualización</translation>
    </message>
    <message>
        <source>Cancel the update</source>
        <translation>Cancelar la actualización</translation>
    </message>
    <message>
        <source>Cancel update</source>
        <translation>Cancelar actualización</translation>
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
        <translation>Comprobar el dispositivo &amp;de nuevo</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>&amp;Copiar resumen</translation>
    </message>
    <message>
        <source>Update another &amp;device</source>
        <translation>Actualizar &amp;otro dispositivo</translation>
    </message>
    <message>
        <source>Sa&amp;ve report...</source>
        <translation>&amp;Guardar informe...</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Factory reset</source>
        <translation>Restablecimiento de fábrica</translation>
    </message>
</context>
<context>
    <name>SecretRedaction</name>
    <message>
        <source>[API key removed]</source>
        <translation>[clave de API omitida]</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the application&apos;s words. It takes effect the next time the application starts.</source>
        <translation>El idioma de la aplicación. Se aplica la próxima vez que se inicie la aplicación.</translation>
    </message>
    <message>
        <source>A new language takes effect the next time the application starts. Reports for programs (JSON) stay in English.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie la aplicación. Los informes para programas (JSON) siguen en inglés.</translation>
    </message>
</context>
<context>
    <name>StageErrorHints</name>
    <message>
        <source>This firmware is for a different device family (EPIC firmware on a RIO or the reverse). Download the firmware for this device&apos;s model and try again.</source>
        <translation>Este firmware es para otra familia de dispositivos (firmware de EPIC en un RIO o al revés). Descargue el firmware para el modelo de este dispositivo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The device could not decrypt the firmware image. The file may be for a different device family or damaged. Check that it is the firmware for this device&apos;s model, download it again and retry.</source>
        <translation>El dispositivo no pudo descifrar la imagen de firmware. Puede que el archivo sea para otra familia de dispositivos o que esté dañado. Compruebe que es el firmware para el modelo de este dispositivo, descárguelo de nuevo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The device could not get ready for an update. Another update may still be running or the device may be busy. Wait a few minutes and try again; if it keeps failing, restart the device first.</source>
        <translation>El dispositivo no pudo prepararse para una actualización. Puede que otra actualización siga en curso o que el dispositivo esté ocupado. Espere unos minutos e inténtelo de nuevo; si sigue fallando, reinicie antes el dispositivo.</translation>
    </message>
    <message>
        <source>The firmware file arrived incomplete or was corrupted in transit. Download the firmware again, check the network connection to the device, and run the update again.</source>
        <translation>El archivo de firmware llegó incompleto o se dañó durante la transmisión. Descargue de nuevo el firmware, compruebe la conexión de red con el dispositivo y vuelva a ejecutar la actualización.</translation>
    </message>
    <message>
        <source>The device could not unpack the file: it is not a groov firmware image. Choose the firmware file downloaded from Opto 22 for this device&apos;s model and try again.</source>
        <translation>El dispositivo no pudo desempaquetar el archivo: no es una imagen de firmware de groov. Elija el archivo de firmware descargado de Opto 22 para el modelo de este dispositivo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The device could not decompress the firmware. The file may be damaged, or the device may be low on storage space. Download the firmware again and retry; nothing was installed.</source>
        <translation>El dispositivo no pudo descomprimir el firmware. Puede que el archivo esté dañado o que al dispositivo le quede poco espacio de almacenamiento. Descargue de nuevo el firmware y vuelva a intentarlo; no se instaló nada.</translation>
    </message>
    <message>
        <source>The device could not back up its settings, so nothing was installed and it still runs its current firmware. Check the device&apos;s free storage space (remove old backups or large files) and try again.</source>
        <translation>El dispositivo no pudo hacer una copia de seguridad de su configuración, por lo que no se instaló nada y sigue ejecutando su firmware actual. Compruebe el espacio de almacenamiento libre del dispositivo (elimine copias de seguridad antiguas o archivos grandes) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Installing the firmware failed. Do not switch the device off. Contact Opto 22 support with the error code and message shown; the device may need a recovery procedure.</source>
        <translation>La instalación del firmware falló. No apague el dispositivo. Póngase en contacto con el soporte de Opto 22 e indique el código de error y el mensaje mostrados; puede que el dispositivo necesite un procedimiento de recuperación.</translation>
    </message>
    <message>
        <source>The device reported error %1 at the stage &quot;%2&quot;. Try the update again; if it fails the same way, contact Opto 22 support with this code and the message shown.</source>
        <translation>El dispositivo notificó el error %1 en la etapa &quot;%2&quot;. Vuelva a intentar la actualización; si falla de la misma manera, póngase en contacto con el soporte de Opto 22 e indique este código y el mensaje mostrado.</translation>
    </message>
    <message>
        <source>The device reported an error at the stage &quot;%1&quot;. Try the update again; if it fails the same way, contact Opto 22 support with the message shown.</source>
        <translation>El dispositivo notificó un error en la etapa &quot;%1&quot;. Vuelva a intentar la actualización; si falla de la misma manera, póngase en contacto con el soporte de Opto 22 e indique el mensaje mostrado.</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>Give a PEM file that holds the device&apos;s certificate or your CA&apos;s.</source>
        <translation>Indique un archivo PEM que contenga el certificado del dispositivo o el de su CA.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; holds no PEM certificate (expected a block starting with &quot;-----BEGIN CERTIFICATE-----&quot;). %2</source>
        <translation>El archivo de certificado de CA &quot;%1&quot; no contiene ningún certificado PEM (se esperaba un bloque que empezara por &quot;-----BEGIN CERTIFICATE-----&quot;). %2</translation>
    </message>
    <message>
        <source>certificates trusted by this computer</source>
        <translation>los certificados en los que confía este equipo</translation>
    </message>
    <message>
        <source>the certificate with SHA-256 fingerprint %1</source>
        <translation>el certificado con la huella digital SHA-256 %1</translation>
    </message>
    <message>
        <source>certificates from %1</source>
        <translation>los certificados de %1</translation>
    </message>
    <message>
        <source>any certificate (INSECURE: certificate checks are off)</source>
        <translation>cualquier certificado (INSEGURO: las comprobaciones de certificados están desactivadas)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint: expected 64 hexadecimal digits (colons and a &quot;sha256:&quot; prefix are allowed). Copy it from groov Manage or from the first connection&apos;s certificate details.</source>
        <translation>&quot;%1&quot; no es una huella digital SHA-256: se esperaban 64 dígitos hexadecimales (se admiten dos puntos y el prefijo &quot;sha256:&quot;). Cópiela de groov Manage o de los detalles del certificado de la primera conexión.</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>The language &quot;%1&quot; is not available. Choose one of: %2.</source>
        <translation>El idioma &quot;%1&quot; no está disponible. Elija uno de: %2.</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Device certificate</source>
        <translation>Certificado del dispositivo</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Emisor:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validez:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Huella digital SHA-256:</translation>
    </message>
    <message>
        <source>Pinned fingerprint:</source>
        <translation>Huella digital guardada:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Trust once</source>
        <translation>Confiar una vez</translation>
    </message>
    <message>
        <source>Trust and remember</source>
        <translation>Confiar y recordar</translation>
    </message>
</context>
<context>
    <name>UpdateHistory</name>
    <message>
        <source>Could not add to the update history %1: %2</source>
        <translation>No se pudo añadir al historial de actualizaciones %1: %2</translation>
    </message>
    <message>
        <source>Could not add to the update history %1: its folder cannot be created.</source>
        <translation>No se pudo añadir al historial de actualizaciones %1: no se puede crear su carpeta.</translation>
    </message>
</context>
<context>
    <name>UpdateReport</name>
    <message>
        <source>groov firmware update report</source>
        <translation>Informe de actualización de firmware de groov</translation>
    </message>
</context>
<context>
    <name>UpdateRequest</name>
    <message>
        <source>The poll interval must be between 1 millisecond and 10 minutes.</source>
        <translation>El intervalo de sondeo debe estar entre 1 milisegundo y 10 minutos.</translation>
    </message>
    <message>
        <source>The timeout must be more than 0 and at most 24 hours (1440 minutes).</source>
        <translation>El tiempo límite debe ser mayor que 0 y de 24 horas (1440 minutos) como máximo.</translation>
    </message>
    <message>
        <source>The retry settings are inconsistent.</source>
        <translation>Los valores de reintento no son coherentes.</translation>
    </message>
    <message>
        <source>Network timeouts must be more than 0.</source>
        <translation>Los tiempos límite de red deben ser mayores que 0.</translation>
    </message>
    <message>
        <source>The waiting limits for the device&apos;s restarts must not be negative.</source>
        <translation>Los límites de espera para los reinicios del dispositivo no deben ser negativos.</translation>
    </message>
    <message>
        <source>No API key given. Create one in groov Manage for an administrator account (Accounts, API key) and pass it in the environment variable GROOV_API_KEY or in a key file.</source>
        <translation>No se ha indicado ninguna clave de API. Cree una en groov Manage para una cuenta de administrador (Accounts, API key) y pásela en la variable de entorno GROOV_API_KEY o en un archivo de clave.</translation>
    </message>
    <message>
        <source>The API key is only white space. Copy the key again from groov Manage.</source>
        <translation>La clave de API solo contiene espacios en blanco. Copie de nuevo la clave desde groov Manage.</translation>
    </message>
    <message>
        <source>The API key is %1 characters long; at most %2 are accepted and groov Manage keys are far shorter. Check that the key file or variable holds only the key.</source>
        <translation>La clave de API tiene %1 caracteres; se aceptan como máximo %2 y las claves de groov Manage son mucho más cortas. Compruebe que el archivo o la variable de la clave contiene solo la clave.</translation>
    </message>
    <message>
        <source>The API key contains a space, line break, control or non-ASCII character; a groov Manage key has only printable ASCII characters. Copy the key again, without anything around it.</source>
        <translation>La clave de API contiene un espacio, un salto de línea, un carácter de control o un carácter no ASCII; una clave de groov Manage solo tiene caracteres ASCII imprimibles. Copie de nuevo la clave, sin nada alrededor.</translation>
    </message>
    <message>
        <source>The version before the update must be at most %1 printable ASCII characters, as the update&apos;s report shows it (for example 3.6.0-b.105).</source>
        <translation>La versión anterior a la actualización debe tener como máximo %1 caracteres ASCII imprimibles, tal como la muestra el informe de la actualización (por ejemplo 3.6.0-b.105).</translation>
    </message>
    <message>
        <source>Not preserving settings erases the device (accounts, network settings, certificates) and needs an explicit factory-reset confirmation. Nothing was sent.</source>
        <translation>No conservar la configuración borra el dispositivo (cuentas, configuración de red, certificados) y requiere una confirmación explícita del restablecimiento de fábrica. No se envió nada.</translation>
    </message>
</context>
<context>
    <name>UpdateStatus</name>
    <message>
        <source>Prepare</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Reassemble</source>
        <translation>Reensamblado</translation>
    </message>
    <message>
        <source>Unzip</source>
        <translation>Desempaquetado</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Descifrado</translation>
    </message>
    <message>
        <source>Decompress</source>
        <translation>Descompresión</translation>
    </message>
    <message>
        <source>Back up settings</source>
        <translation>Copia de seguridad de la configuración</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Instalación</translation>
    </message>
    <message>
        <source>Finish and restart</source>
        <translation>Finalización y reinicio</translation>
    </message>
    <message>
        <source>Unnamed stage</source>
        <translation>Etapa sin nombre</translation>
    </message>
    <message>
        <source>The device sent an empty update status.</source>
        <translation>El dispositivo envió un estado de actualización vacío.</translation>
    </message>
    <message>
        <source>The device&apos;s update status is not JSON (%1 at byte %2): &quot;%3&quot;</source>
        <translation>El estado de actualización del dispositivo no es JSON (%1 en el byte %2): &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>The device&apos;s update status is an array instead of a JSON object: &quot;%1&quot;</source>
        <translation>El estado de actualización del dispositivo es una matriz en lugar de un objeto JSON: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The device&apos;s update status is a single value instead of a JSON object: &quot;%1&quot;</source>
        <translation>El estado de actualización del dispositivo es un valor único en lugar de un objeto JSON: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>UpdateSummary</name>
    <message>
        <source>The check passed; nothing was sent.</source>
        <translation>La comprobación fue correcta; no se envió nada.</translation>
    </message>
    <message>
        <source>The update succeeded.</source>
        <translation>La actualización se completó correctamente.</translation>
    </message>
    <message>
        <source>The device is ready, but the update could not be verified.</source>
        <translation>El dispositivo está listo, pero no se pudo verificar la actualización.</translation>
    </message>
    <message>
        <source>The update is done: the device needs commissioning.</source>
        <translation>La actualización ha terminado: el dispositivo debe ponerse en servicio.</translation>
    </message>
    <message>
        <source>The device has the firmware and is still updating on its own.</source>
        <translation>El dispositivo tiene el firmware y sigue actualizándose por sí solo.</translation>
    </message>
    <message>
        <source>The device&apos;s answers could not be followed: it may still be updating.</source>
        <translation>No se pudieron seguir las respuestas del dispositivo: puede que aún se esté actualizando.</translation>
    </message>
    <message>
        <source>Following the update failed.</source>
        <translation>El seguimiento de la actualización falló.</translation>
    </message>
    <message>
        <source>The update failed at the step &quot;%1&quot;.</source>
        <translation>La actualización falló en el paso &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The update failed.</source>
        <translation>La actualización falló.</translation>
    </message>
    <message>
        <source>Lost contact with the device: it may still be updating.</source>
        <translation>Se perdió el contacto con el dispositivo: puede que aún se esté actualizando.</translation>
    </message>
    <message>
        <source>The update timed out.</source>
        <translation>Se agotó el tiempo de espera de la actualización.</translation>
    </message>
    <message>
        <source>Stopped watching: the device is still updating on its own.</source>
        <translation>Se dejó de supervisar: el dispositivo sigue actualizándose por sí solo.</translation>
    </message>
    <message>
        <source>Stopped before anything changed: the device keeps its firmware.</source>
        <translation>Detenido antes de que cambiara nada: el dispositivo mantiene su firmware.</translation>
    </message>
    <message>
        <source>The update has not finished.</source>
        <translation>La actualización no ha terminado.</translation>
    </message>
    <message>
        <source>Check the firmware version in groov Manage on %1. If it still shows the old version, run the update again; if the device may still be busy, check it again first.</source>
        <translation>Compruebe la versión de firmware en groov Manage en %1. Si sigue mostrando la versión anterior, vuelva a ejecutar la actualización; si el dispositivo pudiera seguir ocupado, antes vuelva a comprobarlo.</translation>
    </message>
    <message>
        <source>Open groov Manage on %1 and commission the device: create an administrator account, then a new API key, and use that key the next time you check the device. If its network settings were erased too, it may now have another address.</source>
        <translation>Abra groov Manage en %1 y ponga en servicio el dispositivo: cree una cuenta de administrador y después una nueva clave de API, y use esa clave la próxima vez que compruebe el dispositivo. Si también se borró su configuración de red, puede que ahora tenga otra dirección.</translation>
    </message>
    <message>
        <source>The device was already updating.</source>
        <translation>El dispositivo ya se estaba actualizando.</translation>
    </message>
    <message>
        <source>The device had received the whole firmware image.</source>
        <translation>El dispositivo había recibido la imagen de firmware completa.</translation>
    </message>
    <message>
        <source>It last answered at %1, at the step &quot;%2&quot;.</source>
        <translation>Respondió por última vez a las %1, en el paso &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>It last answered at %1.</source>
        <translation>Respondió por última vez a las %1.</translation>
    </message>
    <message>
        <source>It may still be updating on its own: do not power it off. Check it again to follow the update to its end; if it does not answer, look at it in groov Manage or at its front panel.</source>
        <translation>Puede que aún se esté actualizando por sí solo: no lo apague. Vuelva a comprobarlo para seguir la actualización hasta el final; si no responde, revíselo en groov Manage o en su panel frontal.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1 (sin cambios)</translation>
    </message>
    <message>
        <source>%1 (before the update)</source>
        <translation>%1 (antes de la actualización)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>followed an update already under way (nothing was uploaded)</source>
        <translation>siguió una actualización que ya estaba en curso (no se cargó nada)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Failed stage</source>
        <translation>Etapa fallida</translation>
    </message>
    <message>
        <source>Device said</source>
        <translation>Mensaje del dispositivo</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
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
        <translation>Indicios</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>preserved</source>
        <translation>conservada</translation>
    </message>
    <message>
        <source>erased (factory reset)</source>
        <translation>borrada (restablecimiento de fábrica)</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>sin problemas</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
    <message>
        <source>NOT FINISHED</source>
        <translation>SIN TERMINAR</translation>
    </message>
    <message>
        <source>SUCCEEDED</source>
        <translation>CON ÉXITO</translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation>NO VERIFICADO</translation>
    </message>
    <message>
        <source>DONE: THE DEVICE NEEDS COMMISSIONING</source>
        <translation>COMPLETADO: EL DISPOSITIVO DEBE PONERSE EN SERVICIO</translation>
    </message>
    <message>
        <source>HANDED OVER: THE DEVICE IS STILL UPDATING ON ITS OWN</source>
        <translation>TRASPASADO: EL DISPOSITIVO SIGUE ACTUALIZÁNDOSE POR SÍ SOLO</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLIDO</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>CANCELADO</translation>
    </message>
    <message>
        <source>TIMED OUT</source>
        <translation>TIEMPO AGOTADO</translation>
    </message>
    <message>
        <source>%1 (error code %2)</source>
        <translation>%1 (código de error %2)</translation>
    </message>
    <message>
        <source>restart seen, new version reported</source>
        <translation>reinicio observado, nueva versión indicada</translation>
    </message>
    <message>
        <source>restart seen, no new version reported</source>
        <translation>reinicio observado, ninguna versión nueva indicada</translation>
    </message>
    <message>
        <source>no restart seen, new version reported</source>
        <translation>ningún reinicio observado, nueva versión indicada</translation>
    </message>
    <message>
        <source>no restart seen, no new version reported</source>
        <translation>ningún reinicio observado, ninguna versión nueva indicada</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of the upload sent again</source>
        <translation>
            <numerusform>%n parte de la carga enviada de nuevo</numerusform>
            <numerusform>%n partes de la carga enviadas de nuevo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after the upload, %n request(s) not answered or not understood (a restart included)</source>
        <translation>
            <numerusform>después de la carga, %n solicitud sin respuesta o no entendida (incluido un reinicio)</numerusform>
            <numerusform>después de la carga, %n solicitudes sin respuesta o no entendidas (incluido un reinicio)</numerusform>
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
        <translation>La configuración no se conserva: el dispositivo vuelve con la configuración de fábrica.</translation>
    </message>
    <message>
        <source>Not part of following: the device already has the image.</source>
        <translation>No forma parte del seguimiento: el dispositivo ya tiene la imagen.</translation>
    </message>
    <message>
        <source>reported version %1</source>
        <translation>versión indicada %1</translation>
    </message>
    <message>
        <source>%1; trying again in %2 s (attempt %3 of %4)</source>
        <translation>%1; nuevo intento en %2 s (intento %3 de %4)</translation>
    </message>
    <message>
        <source>The device reported error code %1.</source>
        <translation>El dispositivo notificó el código de error %1.</translation>
    </message>
    <message>
        <source>Not seen while this run watched the device, but it reports a new version, so it restarted.</source>
        <translation>No se observó mientras esta ejecución supervisaba el dispositivo, pero este indica una versión nueva, así que se reinició.</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>No verificado: %1</translation>
    </message>
    <message>
        <source>Back factory-fresh: it needs commissioning (a new administrator account and API key) before it can be used.</source>
        <translation>Ha vuelto con la configuración de fábrica: debe ponerse en servicio (una nueva cuenta de administrador y una nueva clave de API) antes de poder usarse.</translation>
    </message>
    <message>
        <source>Not watched: the device continues the update on its own.</source>
        <translation>No supervisado: el dispositivo continúa la actualización por sí solo.</translation>
    </message>
    <message>
        <source>Not finished within the time limit; the device may still be working.</source>
        <translation>No terminó dentro del tiempo límite; puede que el dispositivo siga trabajando.</translation>
    </message>
    <message>
        <source>No longer watched: the device continues the update on its own.</source>
        <translation>Ya no se supervisa: el dispositivo continúa la actualización por sí solo.</translation>
    </message>
    <message>
        <source>Stopped: the device keeps its current firmware.</source>
        <translation>Detenido: el dispositivo mantiene su firmware actual.</translation>
    </message>
    <message>
        <source>Taking longer than usual; the device may still be working.</source>
        <translation>Tarda más de lo habitual; puede que el dispositivo siga trabajando.</translation>
    </message>
    <message>
        <source>Less than %1 min left</source>
        <translation>Queda menos de %1 min</translation>
    </message>
    <message>
        <source>About %1 to %2 min left</source>
        <translation>Quedan aprox. entre %1 y %2 min</translation>
    </message>
    <message>
        <source>Check device</source>
        <translation>Comprobar dispositivo</translation>
    </message>
    <message>
        <source>Two restarts and settings restore</source>
        <translation>Dos reinicios y restauración de la configuración</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>done</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>no verificado</translation>
    </message>
    <message>
        <source>Do not power the device off.</source>
        <translation>No apague el dispositivo.</translation>
    </message>
    <message>
        <source>The device answers again; checking how the update ended.</source>
        <translation>El dispositivo vuelve a responder; comprobando cómo terminó la actualización.</translation>
    </message>
    <message>
        <source>No restart was seen while this run watched the device.</source>
        <translation>No se observó ningún reinicio mientras esta ejecución supervisaba el dispositivo.</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 MB/s on average</source>
        <translation>%1 MB/s de media</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 de %2 MB</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>quedan %1</translation>
    </message>
</context>
<context>
    <name>UpdateTypes</name>
    <message>
        <source>Idle</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Checking the device</source>
        <translation>Comprobando el dispositivo</translation>
    </message>
    <message>
        <source>Preparing the device</source>
        <translation>Preparando el dispositivo</translation>
    </message>
    <message>
        <source>Uploading the firmware</source>
        <translation>Cargando el firmware</translation>
    </message>
    <message>
        <source>Device is processing the firmware</source>
        <translation>El dispositivo está procesando el firmware</translation>
    </message>
    <message>
        <source>Device is restarting</source>
        <translation>El dispositivo se está reiniciando</translation>
    </message>
    <message>
        <source>Verifying the update</source>
        <translation>Verificando la actualización</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>con éxito</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>no verificado</translation>
    </message>
    <message>
        <source>done: the device needs commissioning</source>
        <translation>completado: el dispositivo debe ponerse en servicio</translation>
    </message>
    <message>
        <source>handed over: the device is still updating on its own</source>
        <translation>traspasado: el dispositivo sigue actualizándose por sí solo</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tiempo agotado</translation>
    </message>
    <message>
        <source>Every stage is done; waiting for the device to restart</source>
        <translation>Todas las etapas están completadas; esperando a que el dispositivo se reinicie</translation>
    </message>
    <message>
        <source>Restarting: the device does not answer while it restarts twice</source>
        <translation>Reiniciando: el dispositivo no responde mientras se reinicia dos veces</translation>
    </message>
    <message>
        <source>The device answers but is not ready yet (restoring its settings)</source>
        <translation>El dispositivo responde, pero aún no está listo (restaurando su configuración)</translation>
    </message>
    <message>
        <source>Restarting again: the device does not answer</source>
        <translation>Reiniciando de nuevo: el dispositivo no responde</translation>
    </message>
    <message>
        <source>Ready: the device is back</source>
        <translation>Listo: el dispositivo ha vuelto</translation>
    </message>
    <message>
        <source>Every stage has been done for %1; the device should restart any moment.</source>
        <translation>Todas las etapas se completaron hace %1; el dispositivo debería reiniciarse en cualquier momento.</translation>
    </message>
    <message>
        <source>No answer for %1: the device restarts twice, with its settings restored (or reset) in between, which usually takes %2 to %3 minutes. Do not power it off.</source>
        <translation>Sin respuesta desde hace %1: el dispositivo se reinicia dos veces, con su configuración restaurada (o borrada por el restablecimiento de fábrica) entre ambos reinicios, lo que suele tardar de %2 a %3 minutos. No lo apague.</translation>
    </message>
    <message>
        <source>Answering for %1 but not ready yet: it is restoring its settings and may restart once more.</source>
        <translation>Responde desde hace %1, pero aún no está listo: está restaurando su configuración y puede reiniciarse una vez más.</translation>
    </message>
    <message>
        <source>No answer again for %1: the device restarts once more. Do not power it off.</source>
        <translation>De nuevo sin respuesta desde hace %1: el dispositivo se reinicia una vez más. No lo apague.</translation>
    </message>
</context>
<context>
    <name>groov::FileSliceDevice</name>
    <message>
        <source>The firmware file slice is already open.</source>
        <translation>El segmento del archivo de firmware ya está abierto.</translation>
    </message>
    <message>
        <source>A firmware file slice can only be opened for reading.</source>
        <translation>Un segmento del archivo de firmware solo se puede abrir para lectura.</translation>
    </message>
    <message>
        <source>Invalid byte range (offset %1, length %2) of &quot;%3&quot;.</source>
        <translation>Rango de bytes no válido (desplazamiento %1, longitud %2) de &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>No se puede abrir &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is shorter (%2 bytes) than expected (at least %3 bytes); it changed or was truncated. Check the file and start again.</source>
        <translation>&quot;%1&quot; es más corto (%2 bytes) de lo esperado (al menos %3 bytes); cambió o se truncó. Compruebe el archivo y vuelva a empezar.</translation>
    </message>
    <message>
        <source>Cannot seek in &quot;%1&quot;: %2</source>
        <translation>No se puede cambiar la posición de lectura en &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Reading &quot;%1&quot; failed: %2</source>
        <translation>Falló la lectura de &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; became shorter while it was being read; it was changed or truncated. Check the file and start again.</source>
        <translation>&quot;%1&quot; se acortó mientras se leía; se modificó o se truncó. Compruebe el archivo y vuelva a empezar.</translation>
    </message>
</context>
<context>
    <name>groov::FirmwareHasher</name>
    <message>
        <source>Computing the firmware file&apos;s checksum was cancelled.</source>
        <translation>Se canceló el cálculo de la suma de comprobación del archivo de firmware.</translation>
    </message>
    <message>
        <source>Cannot compute the checksum of &quot;%1&quot;: %2</source>
        <translation>No se puede calcular la suma de comprobación de &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Reading &quot;%1&quot; failed while computing its checksum: %2</source>
        <translation>Falló la lectura de &quot;%1&quot; al calcular su suma de comprobación: %2</translation>
    </message>
</context>
<context>
    <name>groov::FleetDeviceRun</name>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>comprobando</translation>
    </message>
    <message>
        <source>before hook</source>
        <translation>hook previo</translation>
    </message>
    <message>
        <source>updating</source>
        <translation>actualizando</translation>
    </message>
    <message>
        <source>after hook</source>
        <translation>hook posterior</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>con éxito</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLIDO</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>sin iniciar</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>Esperando para cargar</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>Pre-flight: %1</source>
        <translation>Comprobación previa: %1</translation>
    </message>
    <message>
        <source>The device at %1 is a %2, but the plan expects a %3: it was not updated. Check the address, or correct the plan&apos;s model.</source>
        <translation>El dispositivo en %1 es un %2, pero el plan espera un %3: no se actualizó. Compruebe la dirección o corrija el modelo en el plan.</translation>
    </message>
    <message>
        <source>%1 hook said:
%2</source>
        <translation>El hook %1 dijo:
%2</translation>
    </message>
    <message>
        <source>The device was not updated.</source>
        <translation>El dispositivo no se actualizó.</translation>
    </message>
    <message>
        <source>The device was updated, but: %1</source>
        <translation>El dispositivo se actualizó, pero: %1</translation>
    </message>
    <message>
        <source>The device reports version %1 after its update, not the target %2.</source>
        <translation>El dispositivo indica la versión %1 después de su actualización, no la versión de destino %2.</translation>
    </message>
    <message>
        <source>The device at %1 does not say its model, but the plan expects a %2: it was not updated. Check the address, or correct the plan&apos;s model.</source>
        <translation>El dispositivo en %1 no indica su modelo, pero el plan espera un %2: no se actualizó. Compruebe la dirección o corrija el modelo en el plan.</translation>
    </message>
</context>
<context>
    <name>groov::FleetHookRunner</name>
    <message>
        <source>The %1 hook for &quot;%2&quot; could not be started: %3.</source>
        <translation>No se pudo iniciar el hook %1 de &quot;%2&quot;: %3.</translation>
    </message>
    <message>
        <source>The %1 hook for &quot;%2&quot; was stopped after %3 s (its timeout).</source>
        <translation>El hook %1 de &quot;%2&quot; se detuvo después de %3 s (su tiempo límite).</translation>
    </message>
    <message>
        <source>The %1 hook for &quot;%2&quot; was cancelled.</source>
        <translation>El hook %1 de &quot;%2&quot; se canceló.</translation>
    </message>
    <message>
        <source>The %1 hook for &quot;%2&quot; crashed (a signal ended it).</source>
        <translation>El hook %1 de &quot;%2&quot; terminó de forma anómala (lo terminó una señal).</translation>
    </message>
    <message>
        <source>The %1 hook for &quot;%2&quot; failed (exit code %3).</source>
        <translation>El hook %1 de &quot;%2&quot; falló (código de salida %3).</translation>
    </message>
    <message>
        <source>The %1 hook for &quot;%2&quot; succeeded.</source>
        <translation>El hook %1 de &quot;%2&quot; se completó correctamente.</translation>
    </message>
    <message>
        <source>(%1 earlier bytes of output left out)
</source>
        <translation>(se omitieron %1 bytes anteriores de la salida)
</translation>
    </message>
    <message>
        <source>The %1 hook for &quot;%2&quot; could not be started: another hook is still running.</source>
        <translation>No se pudo iniciar el hook %1 de &quot;%2&quot;: otro hook sigue en ejecución.</translation>
    </message>
    <message>
        <source>The %1 hook for &quot;%2&quot; could not be started: it has no command.</source>
        <translation>No se pudo iniciar el hook %1 de &quot;%2&quot;: no tiene ningún comando.</translation>
    </message>
    <message>
        <source>The %1 hook for &quot;%2&quot; could not be started: its command holds the device&apos;s API key. Give the hook the key on its standard input instead (&quot;key&quot;: &quot;stdin&quot;).</source>
        <translation>No se pudo iniciar el hook %1 de &quot;%2&quot;: su comando contiene la clave de API del dispositivo. Pase la clave al hook por su entrada estándar (&quot;key&quot;: &quot;stdin&quot;).</translation>
    </message>
</context>
<context>
    <name>groov::FleetRun</name>
    <message>
        <source>It already runs %1, the target version; to update it anyway, force it (--force, or Force in the Fleet window).</source>
        <translation>Ya ejecuta %1, la versión de destino; para actualizarlo de todos modos, fuerce la actualización (--force, o Forzar en la ventana Flota).</translation>
    </message>
    <message>
        <source>It runs %1, newer than the target %2; to install the older version, allow the downgrade (--allow-downgrade, or Allow downgrade in the Fleet window).</source>
        <translation>Ejecuta %1, más reciente que la versión de destino %2; para instalar la versión más antigua, permita el cambio a versión anterior (--allow-downgrade, o Permitir cambio a versión anterior en la ventana Flota).</translation>
    </message>
    <message>
        <source>The plan turns &quot;preserveSettings&quot; off: every device would be reset to its factory settings. Confirm it explicitly to go on, as for one device. Nothing was sent to any device.</source>
        <translation>El plan desactiva &quot;preserveSettings&quot;: a todos los dispositivos se les aplicaría un restablecimiento de fábrica. Confírmelo expresamente para continuar, igual que con un solo dispositivo. No se envió nada a ningún dispositivo.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent to any device.</source>
        <translation>%1 No se envió nada a ningún dispositivo.</translation>
    </message>
    <message>
        <source>The firmware file&apos;s SHA-256 is %1, not %2 as the plan says: it is not the file the plan was written for. Nothing was sent to any device. Download the firmware again, or correct the plan.</source>
        <translation>El SHA-256 del archivo de firmware es %1, no %2 como indica el plan: no es el archivo para el que se escribió el plan. No se envió nada a ningún dispositivo. Descargue de nuevo el firmware o corrija el plan.</translation>
    </message>
    <message>
        <source>Firmware SHA-256: %1</source>
        <translation>SHA-256 del firmware: %1</translation>
    </message>
    <message>
        <source>Firmware SHA-256: %1, as the plan says</source>
        <translation>SHA-256 del firmware: %1, como indica el plan</translation>
    </message>
    <message>
        <source>The run was interrupted before its checks.</source>
        <translation>La ejecución se interrumpió antes de sus comprobaciones.</translation>
    </message>
    <message>
        <source>The run was interrupted during the checks.</source>
        <translation>La ejecución se interrumpió durante las comprobaciones.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) failed their checks, and the plan&apos;s limit is %1: no device was updated.</source>
        <translation>
            <numerusform>%n dispositivo no superó sus comprobaciones y el límite del plan es %1: no se actualizó ningún dispositivo.</numerusform>
            <numerusform>%n dispositivos no superaron sus comprobaciones y el límite del plan es %1: no se actualizó ningún dispositivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>A dry run: it passed its checks and would be updated.</source>
        <translation>Simulación: superó sus comprobaciones y se actualizaría.</translation>
    </message>
    <message>
        <source>A dry run; it would be skipped: %1</source>
        <translation>Simulación; se omitiría: %1</translation>
    </message>
    <message>
        <source>Its version cannot be read, so it cannot be compared with the target %1: it is updated.</source>
        <translation>Su versión no se puede leer, así que no se puede comparar con la versión de destino %1: se actualiza.</translation>
    </message>
    <message>
        <source>The canary %1 failed (the first wave): no other device starts. Set &quot;continueOnError&quot; in the plan to go on after a failed canary.</source>
        <translation>El dispositivo %1 de la oleada piloto (la primera oleada) falló: no se inicia ningún otro dispositivo. Active &quot;continueOnError&quot; en el plan para continuar tras un fallo en la oleada piloto.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) failed, and the plan&apos;s limit is %1: no other device starts.</source>
        <translation>
            <numerusform>%n dispositivo falló y el límite del plan es %1: no se inicia ningún otro dispositivo.</numerusform>
            <numerusform>%n dispositivos fallaron y el límite del plan es %1: no se inicia ningún otro dispositivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Target version: %1, as the first updated device reports.</source>
        <translation>Versión de destino: %1, según indica el primer dispositivo actualizado.</translation>
    </message>
    <message>
        <source>Halted: %1 Running devices finish.</source>
        <translation>Detenido: %1 Los dispositivos en curso terminarán.</translation>
    </message>
    <message>
        <source>Paused: devices under way go on; no other device starts its upload.</source>
        <translation>En pausa: los dispositivos en curso continúan; ningún otro dispositivo inicia su carga.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Reanudado.</translation>
    </message>
    <message>
        <source>No other device starts, and uploads under way stop (those devices keep their firmware). Devices that have their image already are followed to the end of their update.</source>
        <translation>No se inicia ningún otro dispositivo y las cargas en curso se detienen (esos dispositivos mantienen su firmware). Los dispositivos que ya tienen su imagen se siguen hasta el final de su actualización.</translation>
    </message>
    <message>
        <source>The devices still updating are no longer followed: they carry on with their update on their own and restart twice. Do not power them off. Their result will not be known here.</source>
        <translation>Los dispositivos que aún se están actualizando dejan de seguirse: continúan su actualización por sí solos y se reinician dos veces. No los apague. Su resultado no se conocerá aquí.</translation>
    </message>
    <message>
        <source>Interrupted while hashing the firmware: nothing was sent.</source>
        <translation>Interrumpido durante el cálculo del hash del firmware: no se envió nada.</translation>
    </message>
    <message>
        <source>The run was interrupted.</source>
        <translation>La ejecución se interrumpió.</translation>
    </message>
    <message>
        <source>Interrupted: no other device starts, and uploads stop. Devices that have their image are followed to the end; interrupt again to stop following them.</source>
        <translation>Interrumpido: no se inicia ningún otro dispositivo y las cargas se detienen. Los dispositivos que tienen su imagen se siguen hasta el final; interrumpa de nuevo para dejar de seguirlos.</translation>
    </message>
    <message>
        <source>Interrupted again: the devices still updating carry on on their own; do not power them off.</source>
        <translation>Interrumpido de nuevo: los dispositivos que aún se están actualizando continúan por sí solos; no los apague.</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 devices passed their checks; nothing was updated.</source>
        <translation>Simulación: %1 de %2 dispositivos superaron sus comprobaciones; no se actualizó nada.</translation>
    </message>
    <message>
        <source>%1 updated, %2 skipped, %3 failed, %4 not updated of %5 devices.</source>
        <translation>Actualizados: %1; omitidos: %2; fallidos: %3; no actualizados: %4; total de dispositivos: %5.</translation>
    </message>
</context>
<context>
    <name>groov::FleetTargetResolver</name>
    <message>
        <source>Device %1: %2</source>
        <translation>Dispositivo %1: %2</translation>
    </message>
    <message>
        <source>Device %1: the environment variable %2 that should hold its API key is not set. Set it, or name another key source in the plan.</source>
        <translation>Dispositivo %1: la variable de entorno %2, que debería contener su clave de API, no está definida. Defínala o indique otra fuente de clave en el plan.</translation>
    </message>
    <message>
        <source>Device %1: its key is in the keychain, which this computer does not offer.</source>
        <translation>Dispositivo %1: su clave está en el llavero, que este equipo no ofrece.</translation>
    </message>
    <message>
        <source>Device %1: no API key for profile &quot;%2&quot; in the keychain: %3 Save it from groov-update-gui, or name another key source in the plan.</source>
        <translation>Dispositivo %1: no hay ninguna clave de API para el perfil &quot;%2&quot; en el llavero: %3 Guárdela desde groov-update-gui o indique otra fuente de clave en el plan.</translation>
    </message>
    <message>
        <source>Device %1: no API key for profile &quot;%2&quot; in the keychain: it holds none. Save it from groov-update-gui, or name another key source in the plan.</source>
        <translation>Dispositivo %1: no hay ninguna clave de API para el perfil &quot;%2&quot; en el llavero: no contiene ninguna. Guárdela desde groov-update-gui o indique otra fuente de clave en el plan.</translation>
    </message>
</context>
<context>
    <name>groov::KeychainSecretStore</name>
    <message>
        <source>No keychain is available on this system (%1); the API key cannot be remembered.</source>
        <translation>No hay ningún llavero disponible en este sistema (%1); la clave de API no se puede recordar.</translation>
    </message>
</context>
<context>
    <name>groov::MultipartFormBody</name>
    <message>
        <source>A request body can only be opened for reading.</source>
        <translation>El cuerpo de una solicitud solo se puede abrir para lectura.</translation>
    </message>
    <message>
        <source>The file field&apos;s device must be open, with random access.</source>
        <translation>El origen de datos del campo de archivo debe estar abierto y admitir acceso aleatorio.</translation>
    </message>
</context>
<context>
    <name>groov::UpdateController</name>
    <message>
        <source>Following the update on %1 (%2)</source>
        <translation>Siguiendo la actualización en %1 (%2)</translation>
    </message>
    <message>
        <source>Checking %1 (%2)</source>
        <translation>Comprobando %1 (%2)</translation>
    </message>
    <message>
        <source>Certificate checks are off; anyone on the network path could read the API key.</source>
        <translation>Las comprobaciones de certificados están desactivadas; cualquiera en la ruta de red podría leer la clave de API.</translation>
    </message>
    <message>
        <source>Could not compute the firmware&apos;s SHA-256: %1</source>
        <translation>No se pudo calcular el SHA-256 del firmware: %1</translation>
    </message>
    <message>
        <source>The device does not answer (%1): it may be restarting. Waiting for it for up to %2 minutes.</source>
        <translation>El dispositivo no responde (%1): puede que se esté reiniciando. Se esperará hasta %2 minutos.</translation>
    </message>
    <message>
        <source>An update that erases the settings gives the device a new certificate and removes its API keys: if it is back, it must be commissioned again before it can be checked.</source>
        <translation>Una actualización que borra la configuración asigna al dispositivo un certificado nuevo y elimina sus claves de API: si ha vuelto, debe ponerse en servicio de nuevo antes de poder comprobarlo.</translation>
    </message>
    <message>
        <source>The file name %1 suggests %2 firmware, but the device is a %3. The device will reject firmware for another family at the decrypt stage.</source>
        <translation>El nombre de archivo %1 sugiere firmware de %2, pero el dispositivo es un %3. El dispositivo rechazará el firmware de otra familia en la etapa de descifrado.</translation>
    </message>
    <message>
        <source>Pre-flight passed: the device answers, the key is accepted and the file is readable. Nothing was uploaded.</source>
        <translation>Comprobación previa superada: el dispositivo responde, la clave se acepta y el archivo se puede leer. No se cargó nada.</translation>
    </message>
    <message>
        <source>Waiting for a turn to upload: the run is paused, and no upload starts until it is resumed.</source>
        <translation>Esperando turno para cargar: la ejecución está en pausa y no se inicia ninguna carga hasta que se reanude.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for a turn to upload: %n device(s) upload at once.</source>
        <translation>
            <numerusform>Esperando turno para cargar: solo %n dispositivo puede cargar a la vez.</numerusform>
            <numerusform>Esperando turno para cargar: solo %n dispositivos pueden cargar a la vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the device (settings will be preserved)</source>
        <translation>Preparando el dispositivo (se conservará la configuración)</translation>
    </message>
    <message>
        <source>Preparing the device (FACTORY RESET: settings will be erased)</source>
        <translation>Preparando el dispositivo (RESTABLECIMIENTO DE FÁBRICA: se borrará la configuración)</translation>
    </message>
    <message>
        <source>The device refused to prepare for the update</source>
        <translation>El dispositivo se negó a prepararse para la actualización</translation>
    </message>
    <message>
        <source>Cannot read chunk %1 of %2 from %3: %4</source>
        <translation>No se puede leer el bloque %1 de %2 de %3: %4</translation>
    </message>
    <message>
        <source>The device accepted the whole image and now installs it on its own: it restarts twice and takes 10 to 20 minutes. Do not power it off.</source>
        <translation>El dispositivo aceptó la imagen completa y ahora la instala por sí solo: se reinicia dos veces y tarda de 10 a 20 minutos. No lo apague.</translation>
    </message>
    <message>
        <source>The device&apos;s certificate changed during the upload (chunk %1 of %2); the upload was stopped and the key was not sent again. The device keeps its current firmware.</source>
        <translation>El certificado del dispositivo cambió durante la carga (bloque %1 de %2); la carga se detuvo y la clave no se volvió a enviar. El dispositivo mantiene su firmware actual.</translation>
    </message>
    <message>
        <source>The device refused the API key at chunk %1 of %2 (HTTP 401): the key was revoked or changed during the update, or its user is no longer an administrator. No further chunks were sent.</source>
        <translation>El dispositivo rechazó la clave de API en el bloque %1 de %2 (HTTP 401): la clave se revocó o cambió durante la actualización, o su usuario ya no es administrador. No se enviaron más bloques.</translation>
    </message>
    <message>
        <source>The device refused chunk %1 of %2</source>
        <translation>El dispositivo rechazó el bloque %1 de %2</translation>
    </message>
    <message>
        <source>Chunk %1 of %2 failed %3 times (last: %4). Check the network.</source>
        <translation>El bloque %1 de %2 falló %3 veces (último error: %4). Compruebe la red.</translation>
    </message>
    <message>
        <source>Chunk %1 of %2 failed %3 times (last: %4). Check the network and run the update again.</source>
        <translation>El bloque %1 de %2 falló %3 veces (último error: %4). Compruebe la red y vuelva a ejecutar la actualización.</translation>
    </message>
    <message>
        <source>Chunk %1 of %2: %3; retrying in %4 s (attempt %5 of %6)</source>
        <translation>Bloque %1 de %2: %3; nuevo intento en %4 s (intento %5 de %6)</translation>
    </message>
    <message>
        <source>The device did not finish within %1 minutes. Last seen: %2. It last answered at %3. It may still be working: check it again, or look at it in groov Manage, before doing anything else.</source>
        <translation>El dispositivo no terminó en %1 minutos. Último estado observado: %2. Última respuesta: %3. Puede que siga trabajando: vuelva a comprobarlo, o revíselo en groov Manage, antes de hacer cualquier otra cosa.</translation>
    </message>
    <message>
        <source>The device&apos;s status answer was not understood (%1).</source>
        <translation>No se entendió la respuesta de estado del dispositivo (%1).</translation>
    </message>
    <message>
        <source>The device reported an error at stage %1</source>
        <translation>El dispositivo notificó un error en la etapa %1</translation>
    </message>
    <message>
        <source>No answer from the device: %1</source>
        <translation>Sin respuesta del dispositivo: %1</translation>
    </message>
    <message>
        <source>The device answered, but not usefully: %1</source>
        <translation>El dispositivo respondió, pero sin información útil: %1</translation>
    </message>
    <message>
        <source>Firmware updated: version %1 -&gt; %2.</source>
        <translation>Firmware actualizado: versión %1 -&gt; %2.</translation>
    </message>
    <message>
        <source>The device restarted and is back and ready. It does not report its version (older firmware): check it in groov Manage.</source>
        <translation>El dispositivo se reinició, ha vuelto y está listo. No indica su versión (firmware antiguo): compruébela en groov Manage.</translation>
    </message>
    <message>
        <source>The device restarted and is back and ready. It reports version %1, as before: the reported version is the I/O server&apos;s and may not change with every firmware build. Check the firmware version in groov Manage.</source>
        <translation>El dispositivo se reinició, ha vuelto y está listo. Indica la versión %1, igual que antes: la versión indicada es la del servidor de E/S y puede no cambiar con cada compilación del firmware. Compruebe la versión de firmware en groov Manage.</translation>
    </message>
    <message>
        <source>The update could not be verified: neither a restart nor a new version was seen.</source>
        <translation>No se pudo verificar la actualización: no se observó ni un reinicio ni una versión nueva.</translation>
    </message>
    <message>
        <source>The device restarted and is back factory-fresh, as asked: it must be commissioned again (a new administrator account and API key) before it can be used. Its firmware version can be read once it is commissioned.</source>
        <translation>El dispositivo se reinició y ha vuelto con la configuración de fábrica, como se pidió: debe ponerse en servicio de nuevo (una nueva cuenta de administrador y una nueva clave de API) antes de poder usarse. Su versión de firmware se podrá leer cuando esté puesto en servicio.</translation>
    </message>
    <message>
        <source>It now presents a new certificate (SHA-256 %1…): compare it with the one groov Manage shows before you trust it.</source>
        <translation>Ahora presenta un certificado nuevo (SHA-256 %1…): compárelo con el que muestra groov Manage antes de confiar en él.</translation>
    </message>
    <message>
        <source>The device came back from its restarts without its settings, although they were to be preserved: it has answered as not commissioned for %1 minutes. Commission it again in groov Manage (a new administrator account and API key) and check its network settings.</source>
        <translation>El dispositivo volvió de sus reinicios sin su configuración, aunque debía conservarse: lleva %1 minutos respondiendo como no puesto en servicio. Póngalo en servicio de nuevo en groov Manage (una nueva cuenta de administrador y una nueva clave de API) y compruebe su configuración de red.</translation>
    </message>
    <message>
        <source>The device now presents a different certificate (SHA-256 %1…) although its settings were to be preserved. The key was not sent. Its settings, certificate included, may have been lost, or someone may be intercepting the connection: check the device in groov Manage.</source>
        <translation>El dispositivo presenta ahora un certificado distinto (SHA-256 %1…), aunque su configuración debía conservarse. La clave no se envió. Puede que su configuración, incluido el certificado, se haya perdido, o podría tratarse de una interceptación de la conexión: compruebe el dispositivo en groov Manage.</translation>
    </message>
    <message>
        <source>The device stopped accepting the API key while processing the firmware (HTTP 401): the key was revoked or changed meanwhile. The device continues the update on its own: check it in groov Manage.</source>
        <translation>El dispositivo dejó de aceptar la clave de API mientras procesaba el firmware (HTTP 401): la clave se revocó o cambió entretanto. El dispositivo continúa la actualización por sí solo: compruébelo en groov Manage.</translation>
    </message>
    <message>
        <source>The device kept answering, but %1 answers in a row said nothing this program understands, so its progress cannot be followed. It has the whole image and continues on its own: check it again later, or look at it in groov Manage.</source>
        <translation>El dispositivo siguió respondiendo, pero %1 respuestas seguidas no contenían nada que este programa entienda, así que no se puede seguir su progreso. Tiene la imagen completa y continúa por sí solo: vuelva a comprobarlo más tarde o revíselo en groov Manage.</translation>
    </message>
    <message>
        <source>This only stops watching. The device carries on with its update on its own; do not power it off while it does.</source>
        <translation>Esto solo detiene la supervisión. El dispositivo continúa su actualización por sí solo; no lo apague mientras tanto.</translation>
    </message>
    <message>
        <source>The upload stops now. Every byte of the image was sent, but the device has not confirmed the last chunk: it may have the whole image and install it on its own. Check it before starting again.</source>
        <translation>La carga se detiene ahora. Se enviaron todos los bytes de la imagen, pero el dispositivo no ha confirmado el último bloque: puede que tenga la imagen completa y la instale por sí solo. Compruébelo antes de volver a empezar.</translation>
    </message>
    <message>
        <source>The upload stops now. The device has not received the whole image and keeps its current firmware.</source>
        <translation>La carga se detiene ahora. El dispositivo no ha recibido la imagen completa y mantiene su firmware actual.</translation>
    </message>
    <message>
        <source>This only stops watching. The device already has the whole image and continues the update on its own: it restarts twice and is back in 10 to 20 minutes. Do not power it off.</source>
        <translation>Esto solo detiene la supervisión. El dispositivo ya tiene la imagen completa y continúa la actualización por sí solo: se reinicia dos veces y vuelve en 10 a 20 minutos. No lo apague.</translation>
    </message>
    <message>
        <source>Finishing the firmware&apos;s SHA-256...</source>
        <translation>Terminando el SHA-256 del firmware...</translation>
    </message>
    <message>
        <source>Every byte of the image was sent, but the device never confirmed the last chunk: it may have the whole image and be installing it now. Check it (follow it) before starting again.</source>
        <translation>Se enviaron todos los bytes de la imagen, pero el dispositivo nunca confirmó el último bloque: puede que tenga la imagen completa y la esté instalando ahora. Compruébelo (sígalo) antes de volver a empezar.</translation>
    </message>
    <message>
        <source>The device did not receive the whole image and keeps its current firmware.</source>
        <translation>El dispositivo no recibió la imagen completa y mantiene su firmware actual.</translation>
    </message>
    <message>
        <source>Another update may already be running on the device: wait for it to finish, then try again.</source>
        <translation>Puede que ya haya otra actualización en curso en el dispositivo: espere a que termine e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The bytes sent to the device are not those of the firmware file that was checked (SHA-256 %1): the file was changed while it was being sent. The device may reject the image or install a mixed one. Keep the file from being changed, check the device, and update again.</source>
        <translation>Los bytes enviados al dispositivo no son los del archivo de firmware comprobado (SHA-256 %1): el archivo se modificó mientras se enviaba. El dispositivo puede rechazar la imagen o instalar una imagen mezclada. Evite que el archivo se modifique, compruebe el dispositivo y vuelva a actualizar.</translation>
    </message>
    <message>
        <source>The device does not answer (no answer within %1 s: the connection or its TLS handshake never completed, or the device answered too slowly): it may be restarting. Waiting for it for up to %2 minutes.</source>
        <translation>El dispositivo no responde (sin respuesta en %1 s: la conexión o su negociación TLS nunca se completó, o el dispositivo respondió demasiado despacio): puede que se esté reiniciando. Se esperará hasta %2 minutos.</translation>
    </message>
    <message>
        <source>The device does not answer (no answer within %1 s: the connection or its TLS handshake never completed, or the device stopped answering): it may be restarting. Waiting for it for up to %2 minutes.</source>
        <translation>El dispositivo no responde (sin respuesta en %1 s: la conexión o su negociación TLS nunca se completó, o el dispositivo dejó de responder): puede que se esté reiniciando. Se esperará hasta %2 minutos.</translation>
    </message>
    <message>
        <source>The device does not answer (timed out): it may be restarting. Waiting for it for up to %1 minutes.</source>
        <translation>El dispositivo no responde (tiempo agotado): puede que se esté reiniciando. Se esperará hasta %1 minutos.</translation>
    </message>
    <message>
        <source>The device does not answer (the connection was refused: nothing accepts connections on that port): it may be restarting. Waiting for it for up to %1 minutes.</source>
        <translation>El dispositivo no responde (se rechazó la conexión: nada acepta conexiones en ese puerto): puede que se esté reiniciando. Se esperará hasta %1 minutos.</translation>
    </message>
    <message>
        <source>The device does not answer (it closed the connection): it may be restarting. Waiting for it for up to %1 minutes.</source>
        <translation>El dispositivo no responde (cerró la conexión): puede que se esté reiniciando. Se esperará hasta %1 minutos.</translation>
    </message>
    <message>
        <source>The device reported an error at stage %1 (error code %2)</source>
        <translation>El dispositivo notificó un error en la etapa %1 (código de error %2)</translation>
    </message>
    <message>
        <source>The device reported an error at stage %1: %2</source>
        <translation>El dispositivo notificó un error en la etapa %1: %2</translation>
    </message>
    <message>
        <source>The device reported an error at stage %1 (error code %2): %3</source>
        <translation>El dispositivo notificó un error en la etapa %1 (código de error %2): %3</translation>
    </message>
    <message>
        <source>The file name %1 says version %2: this is a reinstall of the device&apos;s %3.</source>
        <translation>El nombre de archivo %1 indica la versión %2: se trata de una reinstalación de la versión %3 del dispositivo.</translation>
    </message>
    <message>
        <source>The file name %1 says version %2: this is a downgrade from the device&apos;s %3.</source>
        <translation>El nombre de archivo %1 indica la versión %2: se trata de un cambio a una versión anterior desde la versión %3 del dispositivo.</translation>
    </message>
    <message>
        <source>The device did not finish within %1 minutes. Last seen: %2. It did not answer at all during this run. It may still be working: check it again, or look at it in groov Manage, before doing anything else.</source>
        <translation>El dispositivo no terminó en %1 minutos. Último estado observado: %2. No respondió en ningún momento durante esta ejecución. Puede que siga trabajando: vuelva a comprobarlo, o revíselo en groov Manage, antes de hacer cualquier otra cosa.</translation>
    </message>
    <message>
        <source>Stage %1 running</source>
        <translation>Etapa %1 en curso</translation>
    </message>
    <message>
        <source>The device is ready and not updating; it reports no version. This run did not see an update under way, so it cannot tell whether the last one succeeded: check the firmware version in groov Manage.</source>
        <translation>El dispositivo está listo y no se está actualizando; no indica ninguna versión. Esta ejecución no observó ninguna actualización en curso, así que no puede saber si la última se completó correctamente: compruebe la versión de firmware en groov Manage.</translation>
    </message>
    <message>
        <source>The device is ready and not updating; it reports version %1. This run did not see an update under way, so it cannot tell whether the last one succeeded: check the firmware version in groov Manage.</source>
        <translation>El dispositivo está listo y no se está actualizando; indica la versión %1. Esta ejecución no observó ninguna actualización en curso, así que no puede saber si la última se completó correctamente: compruebe la versión de firmware en groov Manage.</translation>
    </message>
    <message>
        <source>The device is ready and no longer updating, but this run saw neither its restart nor a new version (it reports no version). The firmware may not be installed: check the firmware version in groov Manage.</source>
        <translation>El dispositivo está listo y ya no se está actualizando, pero esta ejecución no observó ni su reinicio ni una versión nueva (no indica ninguna versión). Puede que el firmware no esté instalado: compruebe la versión de firmware en groov Manage.</translation>
    </message>
    <message>
        <source>The device is ready and no longer updating, but this run saw neither its restart nor a new version (it reports version %1). The firmware may not be installed: check the firmware version in groov Manage.</source>
        <translation>El dispositivo está listo y ya no se está actualizando, pero esta ejecución no observó ni su reinicio ni una versión nueva (indica la versión %1). Puede que el firmware no esté instalado: compruebe la versión de firmware en groov Manage.</translation>
    </message>
    <message numerus="yes">
        <source>The device has received the whole image (%n chunk(s)).</source>
        <translation>
            <numerusform>El dispositivo ha recibido la imagen completa (%n bloque).</numerusform>
            <numerusform>El dispositivo ha recibido la imagen completa (%n bloques).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>groov::cli::FleetHumanReporter</name>
    <message numerus="yes">
        <source>== Wave %1 of %2: %n device(s)</source>
        <translation>
            <numerusform>== Oleada %1 de %2: %n dispositivo</numerusform>
            <numerusform>== Oleada %1 de %2: %n dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>== Checking %n device(s)</source>
        <translation>
            <numerusform>== Comprobando %n dispositivo</numerusform>
            <numerusform>== Comprobando %n dispositivos</numerusform>
        </translation>
    </message>
    <message>
        <source>WARNING: %1</source>
        <translation>ADVERTENCIA: %1</translation>
    </message>
    <message>
        <source>Result:  %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256:   %1</translation>
    </message>
    <message>
        <source>Target:  %1</source>
        <translation>Destino:   %1</translation>
    </message>
    <message>
        <source>Report:  %1</source>
        <translation>Informe:   %1</translation>
    </message>
</context>
<context>
    <name>groov::cli::HumanReporter</name>
    <message>
        <source>WARNING: %1</source>
        <translation>ADVERTENCIA: %1</translation>
    </message>
    <message>
        <source>groov-update: %1</source>
        <translation>groov-update: %1</translation>
    </message>
    <message>
        <source>The device presented a DIFFERENT certificate than the pinned one:
</source>
        <translation>El dispositivo presentó un certificado DISTINTO del guardado:
</translation>
    </message>
    <message>
        <source>The device presented a certificate that is not trusted yet:
</source>
        <translation>El dispositivo presentó un certificado que todavía no es de confianza:
</translation>
    </message>
    <message>
        <source>  Subject:  %1
</source>
        <translation>  Asunto:   %1
</translation>
    </message>
    <message>
        <source>  Issuer:   %1
</source>
        <translation>  Emisor:   %1
</translation>
    </message>
    <message>
        <source>  Valid:    %1 to %2
</source>
        <translation>  Validez:  %1 a %2
</translation>
    </message>
    <message>
        <source>  SHA-256:  %1
</source>
        <translation>  SHA-256:  %1
</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one groov Manage shows for the device. If they match, re-run with:
  --fingerprint %1
</source>
        <translation>Compare esta huella digital con la que muestra groov Manage para el dispositivo. Si coinciden, vuelva a ejecutar con:
  --fingerprint %1
</translation>
    </message>
    <message>
        <source>Upload %1</source>
        <translation>Carga %1</translation>
    </message>
    <message numerus="yes">
        <source>Firmware %1: %2 MB in %n chunk(s)</source>
        <translation>
            <numerusform>Firmware %1: %2 MB en %n bloque</numerusform>
            <numerusform>Firmware %1: %2 MB en %n bloques</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>groov::gui::AboutDialog</name>
    <message>
        <source>About groov Firmware Update</source>
        <translation>Acerca de groov Firmware Update</translation>
    </message>
    <message>
        <source>groov Firmware Update</source>
        <translation>groov Firmware Update</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Running on Qt %1</source>
        <translation>Se ejecuta con Qt %1</translation>
    </message>
    <message>
        <source>Updates the firmware of Opto 22 groov EPIC processors and groov RIO modules over the network, and reports success only on the device&apos;s evidence.</source>
        <translation>Actualiza el firmware de los procesadores groov EPIC y los módulos groov RIO de Opto 22 a través de la red, y solo informa del éxito cuando el dispositivo lo demuestra.</translation>
    </message>
    <message>
        <source>Documentation: %1
Manual pages: groov-update(1), groov-update-gui(1)</source>
        <translation>Documentación: %1
Páginas de manual: groov-update(1), groov-update-gui(1)</translation>
    </message>
    <message>
        <source>Copyright %1</source>
        <translation>Copyright %1</translation>
    </message>
    <message>
        <source>groov Firmware Update icon</source>
        <translation>Icono de groov Firmware Update</translation>
    </message>
    <message>
        <source>Close the About window</source>
        <translation>Cerrar la ventana Acerca de</translation>
    </message>
</context>
<context>
    <name>groov::gui::DevicePage</name>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Which groov EPIC or groov RIO to update, and the API key of one of its administrators.</source>
        <translation>Qué groov EPIC o groov RIO se va a actualizar, y la clave de API de uno de sus administradores.</translation>
    </message>
    <message>
        <source>Saved device profile</source>
        <translation>Perfil de dispositivo guardado</translation>
    </message>
    <message>
        <source>Manage saved profiles</source>
        <translation>Administrar perfiles guardados</translation>
    </message>
    <message>
        <source>Device address</source>
        <translation>Dirección del dispositivo</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>Mostrar la clave de API</translation>
    </message>
    <message>
        <source>Preserve the device&apos;s settings</source>
        <translation>Conservar la configuración del dispositivo</translation>
    </message>
    <message>
        <source>Check device</source>
        <translation>Comprobar dispositivo</translation>
    </message>
    <message>
        <source>Filled in from the environment variable GROOV_API_KEY.</source>
        <translation>Rellenada a partir de la variable de entorno GROOV_API_KEY.</translation>
    </message>
    <message>
        <source>Save this device as a profile</source>
        <translation>Guardar este dispositivo como perfil</translation>
    </message>
    <message>
        <source>Update many devices: open the Fleet window</source>
        <translation>Actualizar muchos dispositivos: abrir la ventana Flota</translation>
    </message>
    <message>
        <source>The last check no longer stands: check the device again.</source>
        <translation>La última comprobación ya no es válida: vuelva a comprobar el dispositivo.</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>Dispositivo nuevo</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n saved profile(s) that cannot be used: %1</source>
        <translation>
            <numerusform>Se omitió %n perfil guardado que no se puede usar: %1</numerusform>
            <numerusform>Se omitieron %n perfiles guardados que no se pueden usar: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The key of profile &quot;%1&quot;, kept in the system keychain.</source>
        <translation>La clave del perfil &quot;%1&quot;, guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Enter the API key. Create one in groov Manage for an administrator account (Accounts, API key) and paste it here.</source>
        <translation>Introduzca la clave de API. Cree una en groov Manage para una cuenta de administrador (Accounts, API key) y péguela aquí.</translation>
    </message>
    <message>
        <source>Correct the marked field first; nothing was sent to the device.</source>
        <translation>Corrija primero el campo marcado; no se envió nada al dispositivo.</translation>
    </message>
    <message>
        <source>Correct the marked fields first; nothing was sent to the device.</source>
        <translation>Corrija primero los campos marcados; no se envió nada al dispositivo.</translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation>Comprobando %1...</translation>
    </message>
    <message>
        <source>The device refused the API key (HTTP 401). An update on %1 erased this device&apos;s settings, and its API keys with them: once the device is commissioned again in groov Manage (a new administrator account), create a new API key there and enter it here.</source>
        <translation>El dispositivo rechazó la clave de API (HTTP 401). Una actualización realizada el %1 borró la configuración de este dispositivo y, con ella, sus claves de API: cuando el dispositivo vuelva a estar puesto en servicio en groov Manage (una nueva cuenta de administrador), cree allí una nueva clave de API e introdúzcala aquí.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, reported firmware version %2.&lt;br&gt;Certificate: %3, SHA-256 %4…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, versión de firmware indicada %2.&lt;br&gt;Certificado: %3, SHA-256 %4…</translation>
    </message>
    <message>
        <source>Model unknown</source>
        <translation>Modelo desconocido</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>The device refused this API key.</source>
        <translation>El dispositivo rechazó esta clave de API.</translation>
    </message>
    <message>
        <source>The certificate was not trusted, so nothing was sent to the device.</source>
        <translation>No se confió en el certificado, así que no se envió nada al dispositivo.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; now pins this certificate.</source>
        <translation>El perfil &quot;%1&quot; guarda ahora este certificado.</translation>
    </message>
    <message>
        <source>Saved as profile &quot;%1&quot;, with this certificate pinned.</source>
        <translation>Se guardó como perfil &quot;%1&quot;, con este certificado guardado.</translation>
    </message>
    <message>
        <source>Saved as profile &quot;%1&quot;.</source>
        <translation>Se guardó como perfil &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The profile keeps this device&apos;s address and the settings choice, the API key in the system keychain, and pins the certificate the device presented (SHA-256 %1): later checks trust only that certificate.

Profile name:</source>
        <translation>El perfil guarda la dirección de este dispositivo, la opción de conservar o no la configuración, la clave de API (en el llavero del sistema) y el certificado que presentó el dispositivo (SHA-256 %1): las comprobaciones posteriores solo confiarán en ese certificado.

Nombre del perfil:</translation>
    </message>
    <message>
        <source>The profile keeps this device&apos;s address and the settings choice, the API key in the system keychain, and its trust: %1.

Profile name:</source>
        <translation>El perfil guarda la dirección de este dispositivo, la opción de conservar o no la configuración, la clave de API (en el llavero del sistema) y su modo de confianza: %1.

Nombre del perfil:</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>Guardar como perfil</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists; choose another name.</source>
        <translation>Ya existe un perfil llamado &quot;%1&quot;; elija otro nombre.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>No se pudo guardar el perfil: %1</translation>
    </message>
    <message>
        <source>The system keychain did not keep the API key: %1</source>
        <translation>El llavero del sistema no guardó la clave de API: %1</translation>
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
        <translation>La imagen de firmware que se va a instalar. Se comprueba y se calcula su SHA-256 antes de enviar nada.</translation>
    </message>
    <message>
        <source>Firmware file</source>
        <translation>Archivo de firmware</translation>
    </message>
    <message>
        <source>Browse for the firmware file</source>
        <translation>Buscar el archivo de firmware</translation>
    </message>
    <message>
        <source>Stop computing the SHA-256</source>
        <translation>Detener el cálculo del SHA-256</translation>
    </message>
    <message>
        <source>Expected SHA-256</source>
        <translation>SHA-256 esperado</translation>
    </message>
    <message>
        <source>SHA-256 progress</source>
        <translation>Progreso del SHA-256</translation>
    </message>
    <message>
        <source>not computed (stopped)</source>
        <translation>no calculado (detenido)</translation>
    </message>
    <message>
        <source>groov firmware (%1)</source>
        <translation>Firmware de groov (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>Todos los archivos (%1)</translation>
    </message>
    <message>
        <source>Choose the firmware file</source>
        <translation>Elija el archivo de firmware</translation>
    </message>
    <message>
        <source>%1 MB (%2 bytes)</source>
        <translation>%1 MB (%2 bytes)</translation>
    </message>
    <message>
        <source>computing...</source>
        <translation>calculando...</translation>
    </message>
    <message>
        <source>not in the file name; the device will tell after the update</source>
        <translation>no figura en el nombre del archivo; el dispositivo la indicará después de la actualización</translation>
    </message>
    <message>
        <source>The expected SHA-256 must be 64 hexadecimal digits.</source>
        <translation>El SHA-256 esperado debe tener 64 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>The file&apos;s SHA-256 does not match the expected one: the file is damaged, incomplete or not the one you meant. Download it again.</source>
        <translation>El SHA-256 del archivo no coincide con el esperado: el archivo está dañado, incompleto o no es el que pretendía usar. Descárguelo de nuevo.</translation>
    </message>
    <message>
        <source>The SHA-256 matches the expected one.</source>
        <translation>El SHA-256 coincide con el esperado.</translation>
    </message>
    <message>
        <source>The file name suggests %1 firmware, but the device is a %2 (%3). The device will reject firmware for another family after the whole upload.</source>
        <translation>El nombre del archivo sugiere firmware de %1, pero el dispositivo es un %2 (%3). El dispositivo rechazará el firmware de otra familia tras la carga completa.</translation>
    </message>
</context>
<context>
    <name>groov::gui::FleetProfilesDialog</name>
    <message>
        <source>Saved profiles to update</source>
        <translation>Perfiles guardados que actualizar</translation>
    </message>
    <message>
        <source>Fleet from a device list</source>
        <translation>Flota desde una lista de dispositivos</translation>
    </message>
    <message>
        <source>&amp;Devices to update, from %1:</source>
        <translation>&amp;Dispositivos que actualizar, de %1:</translation>
    </message>
    <message>
        <source>Devices of the list to update</source>
        <translation>Dispositivos de la lista que actualizar</translation>
    </message>
    <message>
        <source>Firmware file</source>
        <translation>Archivo de firmware</translation>
    </message>
    <message>
        <source>Choose the firmware file</source>
        <translation>Elija el archivo de firmware</translation>
    </message>
    <message>
        <source>Uploads at once</source>
        <translation>Cargas simultáneas</translation>
    </message>
    <message>
        <source>Preserve the devices&apos; settings</source>
        <translation>Conservar la configuración de los dispositivos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Firmware for the fleet</source>
        <translation>Firmware para la flota</translation>
    </message>
    <message>
        <source>Firmware (*.bin);;All files (*)</source>
        <translation>Firmware (*.bin);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose at least one device.</source>
        <translation>Elija al menos un dispositivo.</translation>
    </message>
    <message>
        <source>Choose the firmware file to install.</source>
        <translation>Elija el archivo de firmware que se va a instalar.</translation>
    </message>
</context>
<context>
    <name>groov::gui::FleetSession</name>
    <message>
        <source>WARNING: %1</source>
        <translation>ADVERTENCIA: %1</translation>
    </message>
</context>
<context>
    <name>groov::gui::FleetTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>from profile %1</source>
        <translation>del perfil %1</translation>
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
        <translation>Importar un plan de flota</translation>
    </message>
    <message>
        <source>Import a device list in CSV</source>
        <translation>Importar una lista de dispositivos en CSV</translation>
    </message>
    <message>
        <source>Add devices from saved profiles</source>
        <translation>Añadir dispositivos desde perfiles guardados</translation>
    </message>
    <message>
        <source>Force: update devices that already run the target version</source>
        <translation>Forzar: actualizar los dispositivos que ya ejecutan la versión de destino</translation>
    </message>
    <message>
        <source>Allow downgrade: update devices that run a newer version</source>
        <translation>Permitir cambio a versión anterior: actualizar los dispositivos que ejecutan una versión más reciente</translation>
    </message>
    <message>
        <source>Start the fleet update</source>
        <translation>Iniciar la actualización de la flota</translation>
    </message>
    <message>
        <source>Cancel the fleet update</source>
        <translation>Cancelar la actualización de la flota</translation>
    </message>
    <message>
        <source>Export the fleet report</source>
        <translation>Exportar el informe de la flota</translation>
    </message>
    <message>
        <source>Devices of the fleet</source>
        <translation>Dispositivos de la flota</translation>
    </message>
    <message>
        <source>Steps of the selected device&apos;s update</source>
        <translation>Pasos de la actualización del dispositivo seleccionado</translation>
    </message>
    <message>
        <source>Log of the selected device</source>
        <translation>Registro del dispositivo seleccionado</translation>
    </message>
    <message>
        <source>Result of the selected device</source>
        <translation>Resultado del dispositivo seleccionado</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s); firmware %1. Press Start to check them and update them as the plan says.</source>
        <translation>
            <numerusform>%n dispositivo; firmware %1. Pulse Iniciar para comprobarlo y actualizarlo según indica el plan.</numerusform>
            <numerusform>%n dispositivos; firmware %1. Pulse Iniciar para comprobarlos y actualizarlos según indica el plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Informe escrito: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Import a plan or a device list (docs/fleet.md), or add devices from saved profiles.</source>
        <translation>Importe un plan o una lista de dispositivos (docs/fleet.md), o añada dispositivos desde perfiles guardados.</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Importar plan</translation>
    </message>
    <message>
        <source>Import devices</source>
        <translation>Importar dispositivos</translation>
    </message>
    <message>
        <source>Plans (*.json)</source>
        <translation>Planes (*.json)</translation>
    </message>
    <message>
        <source>Import a device list</source>
        <translation>Importar una lista de dispositivos</translation>
    </message>
    <message>
        <source>Device lists (*.csv);;All files (*)</source>
        <translation>Listas de dispositivos (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Not started: the factory reset was not confirmed.</source>
        <translation>No iniciado: no se confirmó el restablecimiento de fábrica.</translation>
    </message>
    <message>
        <source>Finding every device&apos;s key…</source>
        <translation>Buscando la clave de cada dispositivo…</translation>
    </message>
    <message>
        <source>Stop following the devices</source>
        <translation>Dejar de seguir los dispositivos</translation>
    </message>
    <message>
        <source>Cancel the fleet update?</source>
        <translation>¿Cancelar la actualización de la flota?</translation>
    </message>
    <message>
        <source>Stop following the devices still updating?</source>
        <translation>¿Dejar de seguir los dispositivos que aún se están actualizando?</translation>
    </message>
    <message>
        <source>Cancel the update</source>
        <translation>Cancelar la actualización</translation>
    </message>
    <message>
        <source>Stop following</source>
        <translation>Dejar de seguir</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>JSON report, with a CSV beside it (*.json)</source>
        <translation>Informe JSON, con un CSV junto a él (*.json)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Rea&amp;nudar</translation>
    </message>
    <message>
        <source>Resume new starts</source>
        <translation>Reanudar nuevos inicios</translation>
    </message>
    <message>
        <source>Pause new starts</source>
        <translation>Pausar nuevos inicios</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Cancelar ejecución</translation>
    </message>
    <message>
        <source>Stop &amp;following</source>
        <translation>Dejar de &amp;seguir</translation>
    </message>
    <message>
        <source>Fleet update running</source>
        <translation>Actualización de la flota en curso</translation>
    </message>
    <message>
        <source>The fleet update is still running. Cancel it first, or wait until it ends.</source>
        <translation>La actualización de la flota sigue en curso. Cancélela primero o espere a que termine.</translation>
    </message>
    <message>
        <source>About groov Firmware Update</source>
        <translation>Acerca de groov Firmware Update</translation>
    </message>
    <message>
        <source>Pa&amp;use new starts</source>
        <translation>Pa&amp;usar nuevos inicios</translation>
    </message>
</context>
<context>
    <name>groov::gui::ProfilesDialog</name>
    <message>
        <source>Manage Profiles</source>
        <translation>Administrar perfiles</translation>
    </message>
    <message>
        <source>Saved device profiles</source>
        <translation>Perfiles de dispositivo guardados</translation>
    </message>
    <message>
        <source>Rename the selected profile</source>
        <translation>Cambiar el nombre del perfil seleccionado</translation>
    </message>
    <message>
        <source>Duplicate the selected profile</source>
        <translation>Duplicar el perfil seleccionado</translation>
    </message>
    <message>
        <source>Delete the selected profile</source>
        <translation>Eliminar el perfil seleccionado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last update: %1, %2</source>
        <translation>Última actualización: %1, %2</translation>
    </message>
    <message>
        <source>Last update: %1</source>
        <translation>Última actualización: %1</translation>
    </message>
    <message>
        <source>New profile name:</source>
        <translation>Nombre nuevo del perfil:</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Ya existe un perfil llamado &quot;%1&quot;. Elija otro nombre.</translation>
    </message>
    <message>
        <source>Rename Profile</source>
        <translation>Cambiar nombre del perfil</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; renamed to &quot;%2&quot;.</source>
        <translation>Se cambió el nombre del perfil &quot;%1&quot; a &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Duplicate Profile</source>
        <translation>Duplicar perfil</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; copied to &quot;%2&quot;.</source>
        <translation>Se copió el perfil &quot;%1&quot; como &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Delete profile &quot;%1&quot;?</source>
        <translation>¿Eliminar el perfil &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>The profile and the API key saved with it are deleted; the device itself is not changed.</source>
        <translation>Se eliminan el perfil y la clave de API guardada con él; el propio dispositivo no se modifica.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted.</source>
        <translation>Se eliminó el perfil &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; renamed to &quot;%2&quot;, but its API key is not remembered: %3</source>
        <translation>Se cambió el nombre del perfil &quot;%1&quot; a &quot;%2&quot;, pero su clave de API no se recuerda: %3</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; renamed to &quot;%2&quot;, but its API key could not be moved: %3</source>
        <translation>Se cambió el nombre del perfil &quot;%1&quot; a &quot;%2&quot;, pero su clave de API no se pudo mover: %3</translation>
    </message>
    <message>
        <source>The API key was moved, but the old keychain entry of &quot;%1&quot; could not be deleted: %2</source>
        <translation>La clave de API se movió, pero no se pudo eliminar la entrada anterior de &quot;%1&quot; en el llavero: %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; copied to &quot;%2&quot;, but the API key is not remembered for it: %3</source>
        <translation>Se copió el perfil &quot;%1&quot; como &quot;%2&quot;, pero la clave de API no se recuerda para la copia: %3</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted, but its API key could not be removed from the keychain: %2</source>
        <translation>Se eliminó el perfil &quot;%1&quot;, pero su clave de API no se pudo quitar del llavero: %2</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>No hay ningún llavero del sistema disponible.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>El llavero del sistema notificó un error.</translation>
    </message>
</context>
<context>
    <name>groov::gui::ProgressPage</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1% – groov update</source>
        <translation>%1% – groov update</translation>
    </message>
    <message>
        <source>Stop the update?</source>
        <translation>¿Detener la actualización?</translation>
    </message>
    <message>
        <source>Stop watching the update?</source>
        <translation>¿Dejar de supervisar la actualización?</translation>
    </message>
    <message>
        <source>Stop the upload?</source>
        <translation>¿Detener la carga?</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Dejar de supervisar</translation>
    </message>
    <message>
        <source>Stop the upload</source>
        <translation>Detener la carga</translation>
    </message>
    <message>
        <source>Keep updating</source>
        <translation>Seguir actualizando</translation>
    </message>
    <message>
        <source>Following the update</source>
        <translation>Siguiendo la actualización</translation>
    </message>
    <message>
        <source>The device already has the firmware: watching it to the end of its update. Keep this window open until the device is ready.</source>
        <translation>El dispositivo ya tiene el firmware: se supervisa hasta el final de su actualización. Mantenga esta ventana abierta hasta que el dispositivo esté listo.</translation>
    </message>
    <message>
        <source>Updated – groov update</source>
        <translation>Actualizado – groov update</translation>
    </message>
    <message>
        <source>Not verified – groov update</source>
        <translation>No verificado – groov update</translation>
    </message>
    <message>
        <source>Needs commissioning – groov update</source>
        <translation>Debe ponerse en servicio – groov update</translation>
    </message>
    <message>
        <source>Still updating on its own – groov update</source>
        <translation>Sigue actualizándose por sí solo – groov update</translation>
    </message>
    <message>
        <source>Cancelled – groov update</source>
        <translation>Cancelado – groov update</translation>
    </message>
    <message>
        <source>Timed out – groov update</source>
        <translation>Tiempo agotado – groov update</translation>
    </message>
    <message>
        <source>Update failed – groov update</source>
        <translation>Actualización fallida – groov update</translation>
    </message>
    <message>
        <source>Last heard from the device %1 ago</source>
        <translation>Última respuesta del dispositivo hace %1</translation>
    </message>
    <message>
        <source>Waiting for the device...</source>
        <translation>Esperando al dispositivo...</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Advertencia:</translation>
    </message>
    <message>
        <source>Hide log</source>
        <translation>Ocultar registro</translation>
    </message>
    <message>
        <source>Show log</source>
        <translation>Mostrar registro</translation>
    </message>
    <message>
        <source>warnings: %1</source>
        <translation>advertencias: %1</translation>
    </message>
</context>
<context>
    <name>groov::gui::ResultPage</name>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Check the device again and follow its update to the end</source>
        <translation>Volver a comprobar el dispositivo y seguir su actualización hasta el final</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>Copy the summary to the clipboard</source>
        <translation>Copiar el resumen al portapapeles</translation>
    </message>
    <message>
        <source>Update another device</source>
        <translation>Actualizar otro dispositivo</translation>
    </message>
    <message>
        <source>The device at %1</source>
        <translation>El dispositivo en %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>model, address</comment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <comment>family, model, address</comment>
        <translation>%1 %2 en %3</translation>
    </message>
    <message>
        <source>%1, profile &quot;%2&quot;</source>
        <translation>%1, perfil &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Save the update report</source>
        <translation>Guardar el informe de la actualización</translation>
    </message>
    <message>
        <source>JSON report (*.json);;Text report (*.txt)</source>
        <translation>Informe JSON (*.json);;Informe de texto (*.txt)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Informe no guardado</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Informe guardado en %1</translation>
    </message>
    <message>
        <source>Summary copied to the clipboard.</source>
        <translation>Resumen copiado al portapapeles.</translation>
    </message>
    <message>
        <source>The device at an unknown address</source>
        <translation>El dispositivo en una dirección desconocida</translation>
    </message>
    <message>
        <source>%1 at an unknown address</source>
        <comment>model</comment>
        <translation>%1 en una dirección desconocida</translation>
    </message>
    <message>
        <source>%1 %2 at an unknown address</source>
        <comment>family, model</comment>
        <translation>%1 %2 en una dirección desconocida</translation>
    </message>
</context>
<context>
    <name>groov::gui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Check once more. The update starts when you press Update.</source>
        <translation>Compruébelo todo una vez más. La actualización empieza cuando pulse Actualizar.</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>Type the device&apos;s name or address to confirm the factory reset</source>
        <translation>Escriba el nombre o la dirección del dispositivo para confirmar el restablecimiento de fábrica</translation>
    </message>
    <message>
        <source>Before you press Update:</source>
        <translation>Antes de pulsar Actualizar:</translation>
    </message>
    <message>
        <source>The controller&apos;s strategy and its I/O stop while the device updates, until it has restarted: make sure the process it controls can stop.</source>
        <translation>La estrategia del controlador y sus E/S se detienen mientras el dispositivo se actualiza, hasta que se haya reiniciado: asegúrese de que el proceso que controla pueda detenerse.</translation>
    </message>
    <message>
        <source>Battery-backed data, such as persistent controller variables, may be erased: back it up first.</source>
        <translation>Los datos respaldados por batería, como las variables persistentes del controlador, pueden borrarse: haga antes una copia de seguridad.</translation>
    </message>
    <message>
        <source>Do not power off the device while it installs the firmware and restarts.</source>
        <translation>No apague el dispositivo mientras instala el firmware y se reinicia.</translation>
    </message>
    <message>
        <source>The device now presents a certificate that is not trusted for it. Go back to the Device page and check the device again.</source>
        <translation>El dispositivo presenta ahora un certificado que no es de confianza para él. Vuelva a la página Dispositivo y compruebe de nuevo el dispositivo.</translation>
    </message>
    <message>
        <source>The device could not be checked again: %1 Go back to the Device page and check it again.</source>
        <translation>No se pudo volver a comprobar el dispositivo: %1 Vuelva a la página Dispositivo y compruébelo de nuevo.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>checking the device again…</source>
        <translation>volviendo a comprobar el dispositivo…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Version now</source>
        <translation>Versión actual</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Comprobado</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Version after</source>
        <translation>Versión posterior</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
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
        <translation>Configuración</translation>
    </message>
    <message>
        <source>preserved</source>
        <translation>conservada</translation>
    </message>
    <message>
        <source>ERASED (factory reset)</source>
        <translation>BORRADA (restablecimiento de fábrica)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>usually 10 to 20 minutes; the device restarts twice</source>
        <translation>normalmente de 10 a 20 minutos; el dispositivo se reinicia dos veces</translation>
    </message>
    <message>
        <source>%1 To confirm, type &lt;b&gt;%2&lt;/b&gt;:</source>
        <translation>%1 Para confirmar, escriba &lt;b&gt;%2&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>&amp;Install %1 again, although the device runs it already</source>
        <translation>&amp;Instalar %1 de nuevo, aunque el dispositivo ya ejecuta esa versión</translation>
    </message>
    <message>
        <source>&amp;Install the older %1 over the device&apos;s %2 (a downgrade)</source>
        <translation>&amp;Instalar %1 sobre la versión %2 del dispositivo, que es más reciente (cambio a una versión anterior)</translation>
    </message>
</context>
<context>
    <name>groov::gui::SettingsDialog</name>
    <message>
        <source>As the system says (%1)</source>
        <translation>Según el sistema (%1)</translation>
    </message>
</context>
<context>
    <name>groov::gui::StepAnnouncer</name>
    <message>
        <source>Step %1 of %2: %3 — %4</source>
        <translation>Paso %1 de %2: %3 — %4</translation>
    </message>
</context>
<context>
    <name>groov::gui::TrustDialog</name>
    <message>
        <source>New certificate after a factory reset</source>
        <translation>Certificado nuevo tras un restablecimiento de fábrica</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 presents a new certificate, as expected after its settings were erased.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 presenta un certificado nuevo, como se esperaba tras borrarse su configuración.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>An update on %1 erased this device&apos;s settings, which gives it a new certificate: compare the new fingerprint with the one groov Manage shows, then trust it. Nothing, not even the API key, has been sent.</source>
        <translation>Una actualización realizada el %1 borró la configuración de este dispositivo, lo que le asigna un certificado nuevo: compare la nueva huella digital con la que muestra groov Manage y, después, confíe en el certificado. No se ha enviado nada, ni siquiera la clave de API.</translation>
    </message>
    <message>
        <source>Fingerprint before the reset:</source>
        <translation>Huella digital antes del restablecimiento de fábrica:</translation>
    </message>
    <message>
        <source>Device certificate changed</source>
        <translation>El certificado del dispositivo ha cambiado</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#c62828; font-weight:bold&quot;&gt;Warning: %1 presented a different certificate than the one you trusted before.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#c62828; font-weight:bold&quot;&gt;Advertencia: %1 presentó un certificado distinto del certificado en el que usted confió anteriormente.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>If the device was reset or its certificate replaced on purpose, compare the new fingerprint with the one groov Manage shows before trusting it. Otherwise someone may be intercepting the connection: cancel. Nothing, not even the API key, has been sent.</source>
        <translation>Si al dispositivo se le aplicó un restablecimiento de fábrica o se le sustituyó el certificado intencionadamente, compare la nueva huella digital con la que muestra groov Manage antes de confiar en el certificado. De lo contrario, podría tratarse de una interceptación de la conexión: cancele. No se ha enviado nada, ni siquiera la clave de API.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of %1 is not trusted yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;El certificado de %1 todavía no es de confianza.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>groov devices present a certificate they signed themselves. Compare this fingerprint with the one groov Manage shows for its certificate before you trust it. Nothing, not even the API key, has been sent.</source>
        <translation>Los dispositivos groov presentan un certificado firmado por ellos mismos. Compare esta huella digital con la que muestra groov Manage para su certificado antes de confiar en él. No se ha enviado nada, ni siquiera la clave de API.</translation>
    </message>
    <message>
        <source>Trust and remember pins this certificate in the profile &quot;%1&quot;, in place of the one it trusted. Trust once saves nothing.</source>
        <translation>&quot;Confiar y recordar&quot; guarda este certificado en el perfil &quot;%1&quot;, en lugar del certificado en el que confiaba. &quot;Confiar una vez&quot; no guarda nada.</translation>
    </message>
    <message>
        <source>Trust and remember saves a new profile named &quot;%1&quot; with this device&apos;s address, this certificate pinned and the API key in the system keychain. Trust once saves nothing.</source>
        <translation>&quot;Confiar y recordar&quot; guarda un perfil nuevo llamado &quot;%1&quot; con la dirección de este dispositivo, este certificado guardado y la clave de API en el llavero del sistema. &quot;Confiar una vez&quot; no guarda nada.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Huella digital SHA-256</translation>
    </message>
    <message>
        <source>Cancel: do not trust</source>
        <translation>Cancelar: no confiar</translation>
    </message>
    <message>
        <source>Trust this certificate for this update only</source>
        <translation>Confiar en este certificado solo para esta actualización</translation>
    </message>
    <message>
        <source>Trust this certificate and remember it in the profile</source>
        <translation>Confiar en este certificado y recordarlo en el perfil</translation>
    </message>
</context>
<context>
    <name>groov::gui::UpdateWizard</name>
    <message>
        <source>groov firmware update</source>
        <translation>Actualización de firmware de groov</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>Close groov update</source>
        <translation>Cerrar groov update</translation>
    </message>
    <message>
        <source>Close groov update?</source>
        <translation>¿Cerrar groov update?</translation>
    </message>
    <message>
        <source>The device address, API key and firmware file you entered are not kept: you will have to enter them again.</source>
        <translation>La dirección del dispositivo, la clave de API y el archivo de firmware que ha introducido no se guardan: tendrá que introducirlos de nuevo.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Conf&amp;iguración…</translation>
    </message>
    <message>
        <source>Ab&amp;out</source>
        <translation>Ace&amp;rca de</translation>
    </message>
    <message>
        <source>About groov Firmware Update</source>
        <translation>Acerca de groov Firmware Update</translation>
    </message>
</context>
</TS>
