<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>AuditPage</name>
        <message numerus="yes">
            <source>{shown} of %n entries</source>
            <translation>
                <numerusform>{shown} of %n entry</numerusform>
                <numerusform>{shown} of %n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The trail is intact: %n entries verified.</source>
            <translation>
                <numerusform>The trail is intact: %n entry verified.</numerusform>
                <numerusform>The trail is intact: %n entries verified.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Chain verified: %n entries, intact.</source>
            <translation>
                <numerusform>Chain verified: %n entry, intact.</numerusform>
                <numerusform>Chain verified: %n entries, intact.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaseOverviewPanel</name>
        <message numerus="yes">
            <source>The first {shown} of %n are listed.</source>
            <extracomment>"reviews" or "measures": the case list with every due case / overdue measure. The counts, lists and chart are in. True while the figures are being counted on a worker thread.</extracomment>
            <translation>
                <numerusform>The first {shown} of %n is listed.</numerusform>
                <numerusform>The first {shown} of %n are listed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CasesPage</name>
        <message numerus="yes">
            <source>Counting the cases found… (%n in the register)</source>
            <translation>
                <numerusform>Counting the cases found… (%n in the register)</numerusform>
                <numerusform>Counting the cases found… (%n in the register)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n cases shown</source>
            <translation>
                <numerusform>{shown} of %n case shown</numerusform>
                <numerusform>{shown} of %n cases shown</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DistributionDialog</name>
        <message numerus="yes">
            <source>%n copies saved in {folder}.</source>
            <translation>
                <numerusform>%n copy saved in {folder}.</numerusform>
                <numerusform>%n copies saved in {folder}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HouseRulesPage</name>
        <message numerus="yes">
            <source>%n partners have not signed it yet.</source>
            <translation>
                <numerusform>%n partner has not signed it yet.</numerusform>
                <numerusform>%n partners have not signed it yet.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreparePanel</name>
        <message numerus="yes">
            <source>%n items, {total} minutes in total; expected end {end}</source>
            <translation>
                <numerusform>%n item, {total} minutes in total; expected end {end}</numerusform>
                <numerusform>%n items, {total} minutes in total; expected end {end}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n items proposed.</source>
            <translation>
                <numerusform>%n item proposed.</numerusform>
                <numerusform>%n items proposed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n members invited.</source>
            <translation>
                <numerusform>%n member invited.</numerusform>
                <numerusform>%n members invited.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meetings added.</source>
            <translation>
                <numerusform>%n meeting added.</numerusform>
                <numerusform>%n meetings added.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RetentionPage</name>
        <message numerus="yes">
            <source>%n cases proposed</source>
            <translation>
                <numerusform>%n case proposed</numerusform>
                <numerusform>%n cases proposed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SignalsPage</name>
        <message numerus="yes">
            <source>%n signals await weighing. Weigh them together with the partners.</source>
            <translation>
                <numerusform>%n signal awaits weighing. Weigh it together with the partners.</numerusform>
                <numerusform>%n signals await weighing. Weigh them together with the partners.</numerusform>
            </translation>
        </message>
    </context>
</TS>
