<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CliOptions</name>
    <message numerus="yes">
        <source>%1 was given %n time(s). Give it once.</source>
        <translation>
            <numerusform>%1 was given %n time. Give it once.</numerusform>
            <numerusform>%1 was given %n times. Give it once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was given %n time(s): %2. Give it once, with the value you mean.</source>
        <translation>
            <numerusform>%1 was given %n time: %2. Give it once, with the value you mean.</numerusform>
            <numerusform>%1 was given %n times: %2. Give it once, with the value you mean.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--poll-interval must be at least %n second(s), not &quot;%1&quot;: asking more often only loads the device while it updates. Leave it out for the default of 2 seconds.</source>
        <translation>
            <numerusform>--poll-interval must be at least %n second, not &quot;%1&quot;: asking more often only loads the device while it updates. Leave it out for the default of 2 seconds.</numerusform>
            <numerusform>--poll-interval must be at least %n seconds, not &quot;%1&quot;: asking more often only loads the device while it updates. Leave it out for the default of 2 seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactoryResetConfirmation</name>
    <message numerus="yes">
        <source>erase %n device(s)</source>
        <translation>
            <numerusform>erase %n device</numerusform>
            <numerusform>erase %n devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetLiveBlock</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <comment>devices in this state</comment>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checking</source>
        <comment>devices in this state</comment>
        <translation>
            <numerusform>%n checking</numerusform>
            <numerusform>%n checking</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n before hook</source>
        <comment>devices in this state</comment>
        <translation>
            <numerusform>%n before hook</numerusform>
            <numerusform>%n before hook</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updating</source>
        <comment>devices in this state</comment>
        <translation>
            <numerusform>%n updating</numerusform>
            <numerusform>%n updating</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n after hook</source>
        <comment>devices in this state</comment>
        <translation>
            <numerusform>%n after hook</numerusform>
            <numerusform>%n after hook</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>devices in this state</comment>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <comment>devices in this state</comment>
        <translation>
            <numerusform>%n succeeded</numerusform>
            <numerusform>%n succeeded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>devices in this state</comment>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started</source>
        <comment>devices in this state</comment>
        <translation>
            <numerusform>%n not started</numerusform>
            <numerusform>%n not started</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <comment>devices in this state</comment>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more: %1</source>
        <translation>
            <numerusform>... and %n more: %1</numerusform>
            <numerusform>... and %n more: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdateSummary</name>
    <message numerus="yes">
        <source>%n part(s) of the upload sent again</source>
        <translation>
            <numerusform>%n part of the upload sent again</numerusform>
            <numerusform>%n parts of the upload sent again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after the upload, %n request(s) not answered or not understood (a restart included)</source>
        <translation>
            <numerusform>after the upload, %n request not answered or not understood (a restart included)</numerusform>
            <numerusform>after the upload, %n requests not answered or not understood (a restart included)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>groov::FleetRun</name>
    <message numerus="yes">
        <source>%n device(s) failed their checks, and the plan&apos;s limit is %1: no device was updated.</source>
        <translation>
            <numerusform>%n device failed its checks, and the plan&apos;s limit is %1: no device was updated.</numerusform>
            <numerusform>%n devices failed their checks, and the plan&apos;s limit is %1: no device was updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) failed, and the plan&apos;s limit is %1: no other device starts.</source>
        <translation>
            <numerusform>%n device failed, and the plan&apos;s limit is %1: no other device starts.</numerusform>
            <numerusform>%n devices failed, and the plan&apos;s limit is %1: no other device starts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>groov::UpdateController</name>
    <message numerus="yes">
        <source>Waiting for a turn to upload: %n device(s) upload at once.</source>
        <translation>
            <numerusform>Waiting for a turn to upload: %n device uploads at once.</numerusform>
            <numerusform>Waiting for a turn to upload: %n devices upload at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The device has received the whole image (%n chunk(s)).</source>
        <translation>
            <numerusform>The device has received the whole image (%n chunk).</numerusform>
            <numerusform>The device has received the whole image (%n chunks).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>groov::cli::FleetHumanReporter</name>
    <message numerus="yes">
        <source>== Wave %1 of %2: %n device(s)</source>
        <translation>
            <numerusform>== Wave %1 of %2: %n device</numerusform>
            <numerusform>== Wave %1 of %2: %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>== Checking %n device(s)</source>
        <translation>
            <numerusform>== Checking %n device</numerusform>
            <numerusform>== Checking %n devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>groov::cli::HumanReporter</name>
    <message numerus="yes">
        <source>Firmware %1: %2 MB in %n chunk(s)</source>
        <translation>
            <numerusform>Firmware %1: %2 MB in %n chunk</numerusform>
            <numerusform>Firmware %1: %2 MB in %n chunks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>groov::gui::DevicePage</name>
    <message numerus="yes">
        <source>Skipped %n saved profile(s) that cannot be used: %1</source>
        <translation>
            <numerusform>Skipped %n saved profile that cannot be used: %1</numerusform>
            <numerusform>Skipped %n saved profiles that cannot be used: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>groov::gui::FleetWindow</name>
    <message numerus="yes">
        <source>%n device(s); firmware %1. Press Start to check them and update them as the plan says.</source>
        <translation>
            <numerusform>%n device; firmware %1. Press Start to check it and update it as the plan says.</numerusform>
            <numerusform>%n devices; firmware %1. Press Start to check them and update them as the plan says.</numerusform>
        </translation>
    </message>
</context>
</TS>
