<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="55"/>
        <source>Readiness status</source>
        <translation>Readiness status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="57"/>
        <source>Readiness criteria</source>
        <translation>Readiness criteria</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="58"/>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="58"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="58"/>
        <location filename="../../desktop/ui/checklist_page.py" line="71"/>
        <location filename="../../desktop/ui/checklist_page.py" line="97"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="59"/>
        <source>Updated by</source>
        <translation>Updated by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="59"/>
        <source>Updated at</source>
        <translation>Updated at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="75"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="77"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="78"/>
        <source>e.g. decision number, file name</source>
        <translation>e.g. decision number, file name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="79"/>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="80"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="81"/>
        <source>Evidence:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="85"/>
        <source>Changes not saved yet (kept while you looked at other criteria).</source>
        <translation>Changes not saved yet (kept while you looked at other criteria).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="93"/>
        <source>Save this criterion</source>
        <translation>Save this criterion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="95"/>
        <source>History of this criterion:</source>
        <translation>History of this criterion:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="98"/>
        <source>History of this criterion</source>
        <translation>History of this criterion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="97"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="97"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="97"/>
        <source>Note / evidence</source>
        <translation>Note / evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="105"/>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="106"/>
        <source>Print the readiness report</source>
        <translation>Print the readiness report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="123"/>
        <source>Save the readiness report as PDF</source>
        <translation>Save the readiness report as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="142"/>
        <source>GREEN: every required condition is met</source>
        <translation>GREEN: every required condition is met</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/checklist_page.py" line="143"/>
        <source>Not GREEN yet: %n required condition(s) not met</source>
        <translation>
            <numerusform>Not GREEN yet: %n required condition not met</numerusform>
            <numerusform>Not GREEN yet: %n required conditions not met</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="156"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="156"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ConnectionTab</name>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="107"/>
        <source>Where this desk sends its reports, and the access token the province or district gave for this desk.</source>
        <translation>Where this desk sends its reports, and the access token the province or district gave for this desk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="113"/>
        <source>Receiving server address</source>
        <translation>Receiving server address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="116"/>
        <source>Find on the LAN…</source>
        <translation>Find on the LAN…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="117"/>
        <source>List the commune hubs that announce themselves on this network</source>
        <translation>List the commune hubs that announce themselves on this network</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="121"/>
        <source>Server address:</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="124"/>
        <source>Paste the access token (it is not shown again)</source>
        <translation>Paste the access token (it is not shown again)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="125"/>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="126"/>
        <source>Access token:</source>
        <translation>Access token:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="133"/>
        <source>None: the usual certificate authorities</source>
        <translation>None: the usual certificate authorities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="134"/>
        <source>Extra CA certificate file</source>
        <translation>Extra CA certificate file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="135"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="136"/>
        <source>Use none</source>
        <translation>Use none</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="139"/>
        <source>Extra CA certificate:</source>
        <translation>Extra CA certificate:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="142"/>
        <source>Send applicants&apos; personal data with the reports</source>
        <translation>Send applicants&apos; personal data with the reports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="145"/>
        <source>Off (recommended unless the province asks for it): reports carry dossier codes, procedures, dates and states only. On: they also carry the applicant&apos;s name, ID number, phone and address.</source>
        <translation>Off (recommended unless the province asks for it): reports carry dossier codes, procedures, dates and states only. On: they also carry the applicant&apos;s name, ID number, phone and address.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="151"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="152"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="153"/>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="162"/>
        <source>Connection result</source>
        <translation>Connection result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="206"/>
        <source>A token is kept in %1.</source>
        <translation>A token is kept in %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="207"/>
        <source>No access token yet: reports wait on this computer.</source>
        <translation>No access token yet: reports wait on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="230"/>
        <source>Extra CA certificate</source>
        <translation>Extra CA certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="231"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="241"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="262"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="297"/>
        <source>Asking the server…</source>
        <translation>Asking the server…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="324"/>
        <source>No access token for this address yet: compare the fingerprint, paste the token, then press Save.</source>
        <translation>No access token for this address yet: compare the fingerprint, paste the token, then press Save.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="329"/>
        <source>The server could not be reached: %1</source>
        <translation>The server could not be reached: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="333"/>
        <source>The server answered: commune %1, desk %2.</source>
        <translation>The server answered: commune %1, desk %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="339"/>
        <source>Logging out…</source>
        <translation>Logging out…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="341"/>
        <source>Logged out: the token was removed from this computer. Reports wait here until a new token is saved.</source>
        <translation>Logged out: the token was removed from this computer. Reports wait here until a new token is saved.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="51"/>
        <source>Correct details — %1</source>
        <extracomment>The free-text fields, in the order the slip shows them.</extracomment>
        <translation>Correct details — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="53"/>
        <source>Correct details of %1</source>
        <translation>Correct details of %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="55"/>
        <source>The old and new values, your name, the time and the reason are kept in the dossier&apos;s history and reported upward. The dossier code never changes. Changing the procedure, channel or receipt time recomputes the appointment (time waiting for a supplement still does not count).</source>
        <translation>The old and new values, your name, the time and the reason are kept in the dossier&apos;s history and reported upward. The dossier code never changes. Changing the procedure, channel or receipt time recomputes the appointment (time waiting for a supplement still does not count).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="63"/>
        <source>Applicant&apos;s full name</source>
        <translation>Applicant&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="63"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="64"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="64"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="64"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="65"/>
        <source>Authorised person</source>
        <translation>Authorised person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="69"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="75"/>
        <source>Procedure:</source>
        <translation>Procedure:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="77"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="81"/>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="90"/>
        <source>Received at</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="93"/>
        <source>Received at:</source>
        <translation>Received at:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="95"/>
        <location filename="../../desktop/ui/correction_form.py" line="96"/>
        <source>Documents received, separated by ;</source>
        <translation>Documents received, separated by ;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="98"/>
        <source>Documents received:</source>
        <translation>Documents received:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="103"/>
        <source>Number of sets</source>
        <translation>Number of sets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="104"/>
        <source>Number of sets:</source>
        <translation>Number of sets:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="106"/>
        <location filename="../../desktop/ui/correction_form.py" line="107"/>
        <source>Reason for the correction (required)</source>
        <translation>Reason for the correction (required)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="109"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="114"/>
        <source>Save correction</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="117"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="102"/>
        <source>Dossier %1</source>
        <extracomment>Moves listed in the order a dossier usually goes. The paper a state is issued with (form 02, 03, 05), offered at once after the move. The latest letter that applies (supplement, refusal, stop, apology), if any.</extracomment>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="112"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="115"/>
        <source>History of this dossier</source>
        <translation>History of this dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="114"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="114"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="114"/>
        <source>Moved to</source>
        <translation>Moved to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="114"/>
        <location filename="../../desktop/ui/dossier_detail.py" line="122"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="121"/>
        <source>Note for the next move (optional)</source>
        <translation>Note for the next move (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="129"/>
        <source>Print receipt slip (Ctrl+P)</source>
        <translation>Print receipt slip (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="133"/>
        <source>Process-control sheet (form 06)</source>
        <translation>Process-control sheet (form 06)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="143"/>
        <source>Correct details… (Ctrl+E)</source>
        <extracomment>The letter that goes with the last move (forms 02–05); focused right after the move, so one key prints it.</extracomment>
        <translation>Correct details… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="148"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="175"/>
        <source>Overdue</source>
        <extracomment>Actions that are not moves: &quot;handover&quot; and &quot;reschedule&quot;.</extracomment>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="175"/>
        <source>Within deadline</source>
        <translation>Within deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="177"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · appointment %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · appointment %2 · %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="183"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="183"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="184"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="184"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="185"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="185"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="186"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="186"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="187"/>
        <source>Authorised person</source>
        <translation>Authorised person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="188"/>
        <source>Documents received</source>
        <translation>Documents received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="189"/>
        <source> (%1 set(s))</source>
        <translation> (%1 set(s))</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="190"/>
        <source>%1 set(s)</source>
        <translation>%1 set(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="191"/>
        <source>Received at</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="192"/>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="195"/>
        <source>New appointment</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="197"/>
        <source>Held by</source>
        <translation>Held by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="210"/>
        <source> (desk %1)</source>
        <translation> (desk %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="212"/>
        <source> — CONFLICT: not applied</source>
        <translation> — CONFLICT: not applied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="218"/>
        <source>Details corrected</source>
        <translation>Details corrected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="219"/>
        <source>%1 — reason: %2</source>
        <translation>%1 — reason: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="248"/>
        <source>Hand-over: %1 → %2</source>
        <translation>Hand-over: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="251"/>
        <source>New appointment: %1</source>
        <translation>New appointment: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="273"/>
        <source>Final state: no further moves</source>
        <translation>Final state: no further moves</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="278"/>
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="280"/>
        <source>Apologise and reschedule</source>
        <translation>Apologise and reschedule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="291"/>
        <source>Print supplement request (form 02)</source>
        <translation>Print supplement request (form 02)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="292"/>
        <source>Print refusal (form 03)</source>
        <translation>Print refusal (form 03)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="293"/>
        <source>Print apology and new appointment (form 04)</source>
        <translation>Print apology and new appointment (form 04)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="294"/>
        <source>Print stop notice (form 05)</source>
        <translation>Print stop notice (form 05)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="314"/>
        <source>Move dossier %1 of %2 to «%3»?</source>
        <translation>Move dossier %1 of %2 to «%3»?</translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="35"/>
        <source>Dossier code</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="36"/>
        <source>Received at</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="37"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="38"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="39"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="40"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="41"/>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="42"/>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="226"/>
        <source>conflict</source>
        <extracomment>Two desks made moves that cannot both stand: stronger than overdue, until a clerk resolves it. The count and first page of a new filter or sort are in. All matches of the search when the list stopped at ``listing.SEARCH_LIMIT``.</extracomment>
        <translation>conflict</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="239"/>
        <source>%1 (new: %2)</source>
        <translation>%1 (new: %2)</translation>
    </message>
</context>
<context>
    <name>DossiersPage</name>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="50"/>
        <source>Search by name, dossier code, phone or ID number (Ctrl+F)</source>
        <extracomment>Just enough to fold a burst of keys into one question; a question made stale by the next key is interrupted in SQLite, so waiting longer would only add to the latency.</extracomment>
        <translation>Search by name, dossier code, phone or ID number (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="52"/>
        <source>Search dossiers</source>
        <translation>Search dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="54"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="54"/>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="56"/>
        <source>Conflicts between desks</source>
        <translation>Conflicts between desks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="57"/>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="57"/>
        <source>All desks</source>
        <translation>All desks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="58"/>
        <source>Desk %1</source>
        <translation>Desk %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="60"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="60"/>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="62"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="62"/>
        <source>All fields</source>
        <translation>All fields</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="65"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="66"/>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="66"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="67"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="67"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="68"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="69"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="70"/>
        <source>Any deadline</source>
        <translation>Any deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="70"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="71"/>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="72"/>
        <source>Held by</source>
        <translation>Held by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="72"/>
        <source>Held by anyone</source>
        <translation>Held by anyone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="73"/>
        <source>Held by %1</source>
        <translation>Held by %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="80"/>
        <source>Number of dossiers found</source>
        <translation>Number of dossiers found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="85"/>
        <source>Dossier list</source>
        <translation>Dossier list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="98"/>
        <source>Red: overdue · Dark red: conflict between desks · Amber: due today · Enter or double-click opens a dossier</source>
        <translation>Red: overdue · Dark red: conflict between desks · Amber: due today · Enter or double-click opens a dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="169"/>
        <source>%1 / %2 dossiers — type more to narrow</source>
        <translation>%1 / %2 dossiers — type more to narrow</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dossiers_page.py" line="172"/>
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="238"/>
        <source>Dossier &lt;b&gt;%1&lt;/b&gt; is with %2. Each hand-over is a row of the process-control sheet (form 06).</source>
        <translation>Dossier &lt;b&gt;%1&lt;/b&gt; is with %2. Each hand-over is a row of the process-control sheet (form 06).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="241"/>
        <location filename="../../desktop/ui/move_dialogs.py" line="258"/>
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="243"/>
        <source>Receiver</source>
        <translation>Receiver</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="247"/>
        <source>Hand to:</source>
        <translation>Hand to:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="249"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="250"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="251"/>
        <source>The result is ready: mark the dossier resolved</source>
        <translation>The result is ready: mark the dossier resolved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="257"/>
        <source>The staff list is empty: add people in Settings.</source>
        <translation>The staff list is empty: add people in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="271"/>
        <source>Choose who receives the dossier.</source>
        <translation>Choose who receives the dossier.</translation>
    </message>
</context>
<context>
    <name>HubFinder</name>
    <message>
        <location filename="../../desktop/ui/hub_finder.py" line="44"/>
        <source>Find the commune hub on the LAN</source>
        <translation>Find the commune hub on the LAN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_finder.py" line="48"/>
        <source>Commune hubs on this network announce themselves. An announcement is not proof: before logging in, compare the fingerprint with the one the hub printed.</source>
        <translation>Commune hubs on this network announce themselves. An announcement is not proof: before logging in, compare the fingerprint with the one the hub printed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_finder.py" line="55"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_finder.py" line="55"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_finder.py" line="55"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_finder.py" line="56"/>
        <source>Certificate fingerprint</source>
        <translation>Certificate fingerprint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_finder.py" line="57"/>
        <source>Commune hubs found</source>
        <translation>Commune hubs found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_finder.py" line="64"/>
        <source>Fingerprint of the chosen hub</source>
        <translation>Fingerprint of the chosen hub</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_finder.py" line="70"/>
        <source>Search again</source>
        <translation>Search again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_finder.py" line="71"/>
        <source>Use this hub</source>
        <translation>Use this hub</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_finder.py" line="72"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_finder.py" line="89"/>
        <source>Searching the LAN for %1 seconds…</source>
        <translation>Searching the LAN for %1 seconds…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_finder.py" line="101"/>
        <source>none (plain HTTP)</source>
        <translation>none (plain HTTP)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/hub_finder.py" line="111"/>
        <source>Found %n hub(s).</source>
        <translation>
            <numerusform>Found %n hub.</numerusform>
            <numerusform>Found %n hubs.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_finder.py" line="112"/>
        <source>No commune hub answered. The hub may have announcing turned off, or the network blocks multicast: ask for its address and type it in.</source>
        <translation>No commune hub answered. The hub may have announcing turned off, or the network blocks multicast: ask for its address and type it in.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_finder.py" line="120"/>
        <source>Fingerprint: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
</context>
<context>
    <name>HubPinBox</name>
    <message>
        <location filename="../../desktop/ui/hub_pin.py" line="20"/>
        <source>Commune hub certificate</source>
        <translation>Commune hub certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_pin.py" line="23"/>
        <source>A commune hub makes its own certificate. Press “Test connection” to see the fingerprint of the certificate this address presents, and compare it with the one the hub printed when it started. It is pinned only if they match.</source>
        <translation>A commune hub makes its own certificate. Press “Test connection” to see the fingerprint of the certificate this address presents, and compare it with the one the hub printed when it started. It is pinned only if they match.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_pin.py" line="32"/>
        <source>Fingerprint the server presents</source>
        <translation>Fingerprint the server presents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_pin.py" line="33"/>
        <source>Server presents:</source>
        <translation>Server presents:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_pin.py" line="34"/>
        <source>The usual certificate authorities vouch for this certificate: no pin is needed.</source>
        <translation>The usual certificate authorities vouch for this certificate: no pin is needed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_pin.py" line="39"/>
        <source>Paste or type the fingerprint read on the hub (SHA256:…)</source>
        <translation>Paste or type the fingerprint read on the hub (SHA256:…)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_pin.py" line="41"/>
        <source>Fingerprint read on the hub</source>
        <translation>Fingerprint read on the hub</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_pin.py" line="42"/>
        <source>Read on the hub:</source>
        <translation>Read on the hub:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_pin.py" line="45"/>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_pin.py" line="47"/>
        <source>I compared every group with the hub&apos;s screen: they are the same</source>
        <translation>I compared every group with the hub&apos;s screen: they are the same</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_pin.py" line="64"/>
        <source>Not read yet: press “Test connection”.</source>
        <translation>Not read yet: press “Test connection”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_pin.py" line="69"/>
        <source>Pinned for this address: %1</source>
        <translation>Pinned for this address: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_pin.py" line="85"/>
        <source>Press “Test connection” to read the server&apos;s certificate and compare.</source>
        <translation>Press “Test connection” to read the server&apos;s certificate and compare.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_pin.py" line="88"/>
        <source>Not complete: a fingerprint has 64 characters (16 groups of four).</source>
        <translation>Not complete: a fingerprint has 64 characters (16 groups of four).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_pin.py" line="91"/>
        <source>✔ MATCH: this is the commune hub.</source>
        <translation>✔ MATCH: this is the commune hub.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_pin.py" line="93"/>
        <source>✘ DOES NOT MATCH: do not save; check the address and ask IT staff.</source>
        <translation>✘ DOES NOT MATCH: do not save; check the address and ask IT staff.</translation>
    </message>
</context>
<context>
    <name>IdentityForm</name>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="42"/>
        <source>Welcome to motcua</source>
        <translation>Welcome to motcua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="43"/>
        <source>Choose your commune and this desk&apos;s number once; every dossier code made on this PC uses them.</source>
        <translation>Choose your commune and this desk&apos;s number once; every dossier code made on this PC uses them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="48"/>
        <source>Province or city (type to search)</source>
        <translation>Province or city (type to search)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="49"/>
        <source>Commune or ward (type to search)</source>
        <translation>Commune or ward (type to search)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="58"/>
        <source>Agency identifier</source>
        <translation>Agency identifier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="62"/>
        <source>Desk number</source>
        <translation>Desk number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="65"/>
        <source>Officer name</source>
        <translation>Officer name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="66"/>
        <source>Agency identifier:</source>
        <translation>Agency identifier:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="67"/>
        <source>Desk number (01–99):</source>
        <translation>Desk number (01–99):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="68"/>
        <source>Officer:</source>
        <translation>Officer:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="70"/>
        <source>Start working</source>
        <translation>Start working</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="70"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="115"/>
        <source>Choose the province, then the commune.</source>
        <translation>Choose the province, then the commune.</translation>
    </message>
</context>
<context>
    <name>ImportBookTab</name>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="52"/>
        <source>Bring in the dossiers of the commune&apos;s old tracking book (Excel .xlsx or CSV, in the columns of the template: “Save the template…”). Every row is checked first; if any row is wrong nothing is imported. Importing the same file again adds nothing.</source>
        <translation>Bring in the dossiers of the commune&apos;s old tracking book (Excel .xlsx or CSV, in the columns of the template: “Save the template…”). Every row is checked first; if any row is wrong nothing is imported. Importing the same file again adds nothing.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="59"/>
        <source>Choose a file and check it…</source>
        <translation>Choose a file and check it…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="60"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="62"/>
        <source>Save the template…</source>
        <translation>Save the template…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="70"/>
        <source>What the file holds</source>
        <translation>What the file holds</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="73"/>
        <source>Rows to correct</source>
        <translation>Rows to correct</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="87"/>
        <source>Old tracking book</source>
        <translation>Old tracking book</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="88"/>
        <source>Excel or CSV (*.xlsx *.csv)</source>
        <translation>Excel or CSV (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="98"/>
        <source>Save the template of the tracking book</source>
        <translation>Save the template of the tracking book</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="99"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="112"/>
        <source>Template saved: %1. Fill in one row per dossier, then choose it here to check it.</source>
        <translation>Template saved: %1. Fill in one row per dossier, then choose it here to check it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="125"/>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="139"/>
        <source>%1: %2 dossier row(s); %3 new, %4 already in motcua (skipped).</source>
        <translation>%1: %2 dossier rows; %3 new, %4 already in motcua (skipped).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="143"/>
        <source>Received from %1 to %2.</source>
        <translation>Received from %1 to %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="146"/>
        <source>By state:</source>
        <translation>By state:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="147"/>
        <source>By field:</source>
        <translation>By field:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="152"/>
        <source>%1 error(s): correct these rows in the file, then check it again. Nothing has been imported.</source>
        <translation>Errors: %1. Correct these rows in the file, then check it again. Nothing has been imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="156"/>
        <source>The file has no dossier rows.</source>
        <translation>The file has no dossier rows.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="158"/>
        <source>Nothing has been written yet: press Import.</source>
        <translation>Nothing has been written yet: press Import.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="160"/>
        <source>Every dossier of this file is already in motcua; there is nothing to import.</source>
        <translation>Every dossier of this file is already in motcua; there is nothing to import.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="192"/>
        <source>Imported %1 dossier(s); %2 already in motcua were skipped.</source>
        <translation>Dossiers imported: %1; already in motcua and skipped: %2.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="22"/>
        <source>Registered online</source>
        <translation>Registered online</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="23"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="24"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="25"/>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="26"/>
        <source>Supplement requested</source>
        <translation>Supplement requested</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="27"/>
        <source>Fees or taxes due</source>
        <translation>Fees or taxes due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="28"/>
        <source>Withdrawn by citizen</source>
        <translation>Withdrawn by citizen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="29"/>
        <source>Processing stopped</source>
        <translation>Processing stopped</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="30"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="31"/>
        <source>Result returned</source>
        <translation>Result returned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="34"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="35"/>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="36"/>
        <source>Transfer to processing</source>
        <translation>Transfer to processing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="37"/>
        <source>Request supplement</source>
        <translation>Request supplement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="38"/>
        <source>Request fees</source>
        <translation>Request fees</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="39"/>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="40"/>
        <source>Stop processing</source>
        <translation>Stop processing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="41"/>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="42"/>
        <source>Return result</source>
        <translation>Return result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="45"/>
        <source>Supplement received</source>
        <extracomment>Leaving &quot;supplement requested&quot; for processing is the supplement coming back.</extracomment>
        <translation>Supplement received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="47"/>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="48"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="49"/>
        <source>Public post</source>
        <translation>Public post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="52"/>
        <source>Early</source>
        <translation>Early</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="53"/>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="54"/>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="57"/>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="58"/>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="59"/>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="62"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="63"/>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="64"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="65"/>
        <source>Set aside</source>
        <translation>Set aside</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="69"/>
        <source>Desk clerk</source>
        <translation>Desk clerk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="70"/>
        <source>Specialist officer</source>
        <translation>Specialist officer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="71"/>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="75"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="76"/>
        <source>Readiness checklist</source>
        <translation>Readiness checklist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="77"/>
        <source>Status summary</source>
        <translation>Status summary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="82"/>
        <source>Applicant</source>
        <extracomment>The fields of a correction (``desktop.storage.corrections``).</extracomment>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="83"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="84"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="85"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="86"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="87"/>
        <source>Authorised person</source>
        <translation>Authorised person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="88"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="89"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="90"/>
        <source>Received at</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="91"/>
        <source>Documents received</source>
        <translation>Documents received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="92"/>
        <source>Number of sets</source>
        <translation>Number of sets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="93"/>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="273"/>
        <source>How fresh colleagues&apos; dossiers are</source>
        <translation>How fresh colleagues&apos; dossiers are</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="364"/>
        <source>Preparing the paper…</source>
        <translation>Preparing the paper…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="274"/>
        <source>Preparing the paper</source>
        <translation>Preparing the paper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="275"/>
        <source>Cancel printing</source>
        <translation>Cancel printing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="276"/>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="144"/>
        <source>motcua — one-stop desk</source>
        <extracomment>Room for the title bar and borders the window manager adds around the window. The screens exist (after the session loaded and, on first run, the form was saved).</extracomment>
        <translation>motcua — one-stop desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="145"/>
        <source>Opening the data file…</source>
        <translation>Opening the data file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="175"/>
        <source>motcua — %1, desk %2</source>
        <translation>motcua — %1, desk %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="179"/>
        <source>desk %1</source>
        <translation>desk %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="182"/>
        <source>Screens</source>
        <translation>Screens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="191"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="191"/>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="191"/>
        <source>Receive (Ctrl+N)</source>
        <translation>Receive (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="192"/>
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="192"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="192"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="192"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="349"/>
        <source>Unsaved dossier</source>
        <translation>Unsaved dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="350"/>
        <source>The dossier being received has not been saved. Leave and discard what was typed?</source>
        <translation>The dossier being received has not been saved. Leave and discard what was typed?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="278"/>
        <location filename="../../desktop/ui/main_window.py" line="356"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="372"/>
        <source>Page %1/%2</source>
        <translation>Page %1/%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="417"/>
        <source>Desk %1: nothing received yet</source>
        <translation>Desk %1: nothing received yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="419"/>
        <source>Desk %1: updated just now</source>
        <translation>Desk %1: updated just now</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="421"/>
        <source>Desk %1: updated %n minute(s) ago</source>
        <translation>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="424"/>
        <source>Desk %1: updated %n hour(s) ago</source>
        <translation>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="445"/>
        <source>%n report(s) waiting to be sent</source>
        <translation>
            <numerusform>%n report waiting to be sent</numerusform>
            <numerusform>%n reports waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="447"/>
        <source>%n set aside</source>
        <translation>
            <numerusform>%n set aside</numerusform>
            <numerusform>%n set aside</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="464"/>
        <source>Data file problem</source>
        <translation>Data file problem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="467"/>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="468"/>
        <source>motcua hit an unexpected error; nothing was lost that was already saved. The details are in the log file. Please try again, and tell your IT staff if it happens again.</source>
        <translation>motcua hit an unexpected error; nothing was lost that was already saved. The details are in the log file. Please try again, and tell your IT staff if it happens again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="449"/>
        <source>sending %1/%2</source>
        <translation>sending %1/%2</translation>
    </message>
</context>
<context>
    <name>MoveDialogs</name>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="39"/>
        <source>This is a final state: the dossier can never be moved again.</source>
        <translation>This is a final state: the dossier can never be moved again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="40"/>
        <source>The result is handed to the citizen and the dossier is closed.</source>
        <translation>The result is handed to the citizen and the dossier is closed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="41"/>
        <source>The clock pauses until the papers come back. Only one request is lawful: a second one makes the dossier count as late.</source>
        <translation>The clock pauses until the papers come back. Only one request is lawful: a second one makes the dossier count as late.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="71"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NewDossierPage</name>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="57"/>
        <source>Receive a dossier</source>
        <translation>Receive a dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="58"/>
        <source>Procedure (type to search)</source>
        <translation>Procedure (type to search)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="68"/>
        <source>Documents received:</source>
        <translation>Documents received:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="70"/>
        <source>Documents received</source>
        <translation>Documents received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="75"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="78"/>
        <source>Applicant&apos;s full name</source>
        <translation>Applicant&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="79"/>
        <source>Citizen ID number (12 digits)</source>
        <translation>Citizen ID number (12 digits)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="80"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="81"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="82"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="83"/>
        <source>Authorised person (if any)</source>
        <translation>Authorised person (if any)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="86"/>
        <source>Number of sets</source>
        <translation>Number of sets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="90"/>
        <source>Received at</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="91"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="93"/>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="94"/>
        <source>Applicant:</source>
        <translation>Applicant:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="95"/>
        <source>ID number:</source>
        <translation>ID number:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="96"/>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="97"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="98"/>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="99"/>
        <source>Authorised person:</source>
        <translation>Authorised person:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="100"/>
        <source>Number of sets:</source>
        <translation>Number of sets:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="101"/>
        <source>Received at:</source>
        <translation>Received at:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="102"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="108"/>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="110"/>
        <source>Save dossier (Enter)</source>
        <translation>Save dossier (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="116"/>
        <source>Print receipt slip (Ctrl+P)</source>
        <translation>Print receipt slip (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="198"/>
        <source>same day (after the cut-off: next working day)</source>
        <translation>same day (after the cut-off: next working day)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="199"/>
        <source>same day</source>
        <translation>same day</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/new_dossier.py" line="200"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="201"/>
        <source>Field: %1 · Legal time: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Field: %1 · Legal time: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="207"/>
        <source>⚠ Not the best match for what you typed (%1): check that this is the procedure and the legal time you want.</source>
        <translation>⚠ Not the best match for what you typed (%1): check that this is the procedure and the legal time you want.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="222"/>
        <source>Appointment: choose a procedure first</source>
        <translation>Appointment: choose a procedure first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="226"/>
        <source>Appointment: %1</source>
        <translation>Appointment: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="232"/>
        <location filename="../../desktop/ui/new_dossier.py" line="245"/>
        <source>Choose the procedure from the list.</source>
        <translation>Choose the procedure from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="263"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="265"/>
        <source>Dossier &lt;b&gt;%1&lt;/b&gt; for %2 — appointment &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>Dossier &lt;b&gt;%1&lt;/b&gt; for %2 — appointment &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../desktop/ui/overview_page.py" line="53"/>
        <source>Today</source>
        <extracomment>(due filter, period) to show in the Dossiers screen</extracomment>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overview_page.py" line="56"/>
        <source>Received today</source>
        <translation>Received today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overview_page.py" line="57"/>
        <source>Resolved today</source>
        <translation>Resolved today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overview_page.py" line="58"/>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overview_page.py" line="59"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overview_page.py" line="70"/>
        <source>Readiness status</source>
        <translation>Readiness status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overview_page.py" line="78"/>
        <source>Sync status</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overview_page.py" line="81"/>
        <source>Received in the last 14 days, by channel</source>
        <translation>Received in the last 14 days, by channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overview_page.py" line="114"/>
        <source>This month on time: %1</source>
        <translation>This month on time: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overview_page.py" line="116"/>
        <source>This month online: %1</source>
        <translation>This month online: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overview_page.py" line="118"/>
        <source>Readiness: GREEN</source>
        <translation>Readiness: GREEN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overview_page.py" line="119"/>
        <source>Readiness: not GREEN</source>
        <translation>Readiness: not GREEN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overview_page.py" line="122"/>
        <source>Sync: %1 report(s) waiting, %2 set aside</source>
        <translation>Sync: %1 report(s) waiting, %2 set aside</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <location filename="../../desktop/ui/printing.py" line="97"/>
        <source>Print %1</source>
        <extracomment>``open(path, pages)``: show the rendered paper (``pages`` rasterised) for printing. ``ask(setup, then)``: get the PIN/password from the clerk, then ``then(secret)`` (&quot;&quot; = cancelled). The render reports ``progress(page, pages)`` (the tracking book). A PDF was saved where the clerk asked (the window offers to open its folder). A render started (True) or ended (False), for the progress and cancel button. A signing step (&quot;open&quot;, &quot;render&quot;, &quot;sign&quot;), emitted from the read thread. ``(page, pages)`` of a long render as it is drawn (from its child process).</extracomment>
        <translation>Print %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="215"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="220"/>
        <source>Digital signature</source>
        <translation>Digital signature</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="221"/>
        <source>%1 (certificate of %2):</source>
        <translation>%1 (certificate of %2):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="262"/>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="59"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="60"/>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="61"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="62"/>
        <source>%1 File</source>
        <translation>%1 File</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="24"/>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="25"/>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="26"/>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="27"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="28"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="29"/>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="30"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="31"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="32"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="33"/>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="34"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="35"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="36"/>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="37"/>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="38"/>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="39"/>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="40"/>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="41"/>
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="42"/>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="43"/>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="44"/>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="45"/>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="46"/>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="47"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="48"/>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="49"/>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="50"/>
        <source>Directories</source>
        <translation>Directories</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="51"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="52"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="53"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="54"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="55"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="56"/>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="57"/>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="58"/>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="15"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="16"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="17"/>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="18"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="19"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="20"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="21"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="22"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="64"/>
        <source>Print Preview</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="65"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="66"/>
        <source>Page Setup</source>
        <translation>Page Setup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="67"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="68"/>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="69"/>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="70"/>
        <source>First page</source>
        <translation>First page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="71"/>
        <source>Last page</source>
        <translation>Last page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="72"/>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="73"/>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="74"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="75"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="76"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="77"/>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="78"/>
        <source>Show single page</source>
        <translation>Show single page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="79"/>
        <source>Show facing pages</source>
        <translation>Show facing pages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="80"/>
        <source>Show overview of all pages</source>
        <translation>Show overview of all pages</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="105"/>
        <source>Dossier &lt;b&gt;%1&lt;/b&gt; of %2 will move to «%3».</source>
        <translation>Dossier &lt;b&gt;%1&lt;/b&gt; of %2 will move to «%3».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="112"/>
        <source>Papers to add or correct (tick them, say why):</source>
        <translation>Papers to add or correct (tick them, say why):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="115"/>
        <source>Papers to add or correct</source>
        <translation>Papers to add or correct</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="116"/>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="116"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="125"/>
        <source>Another paper, typed</source>
        <translation>Another paper, typed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="126"/>
        <source>Another paper</source>
        <translation>Another paper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="127"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="135"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="136"/>
        <source>Reason (required):</source>
        <translation>Reason (required):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="140"/>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="141"/>
        <source>e.g. Article 22, Law on Residence 2020</source>
        <translation>e.g. Article 22, Law on Residence 2020</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="142"/>
        <source>Legal basis:</source>
        <translation>Legal basis:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="179"/>
        <source>Write the reason: it is saved with the dossier and printed on the paper.</source>
        <translation>Write the reason: it is saved with the dossier and printed on the paper.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="182"/>
        <source>Tick or type at least one paper to add or correct.</source>
        <translation>Tick or type at least one paper to add or correct.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="73"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="74"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="74"/>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="75"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="75"/>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="76"/>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="77"/>
        <source>Last quarter</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="78"/>
        <source>Custom period</source>
        <translation>Custom period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="78"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="82"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="82"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="88"/>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="89"/>
        <source>Whole commune</source>
        <translation>Whole commune</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="90"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="92"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="94"/>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="96"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="104"/>
        <source>Status summary table</source>
        <translation>Status summary table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="105"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="106"/>
        <source>Received
total</source>
        <translation>Received
total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="106"/>
        <source>Received
online</source>
        <translation>Received
online</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="107"/>
        <source>Received in person
or by post</source>
        <translation>Received in person
or by post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="107"/>
        <source>Carried
over</source>
        <translation>Carried
over</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="108"/>
        <source>Resolved
total</source>
        <translation>Resolved
total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="108"/>
        <source>Early</source>
        <translation>Early</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="108"/>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="108"/>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="109"/>
        <source>Pending
total</source>
        <translation>Pending
total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="109"/>
        <source>Pending
within deadline</source>
        <translation>Pending
within deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="110"/>
        <source>Pending
overdue</source>
        <translation>Pending
overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="117"/>
        <source>By desk</source>
        <translation>By desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="120"/>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="121"/>
        <source>Print (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="123"/>
        <source>Tracking book (PDF)</source>
        <translation>Tracking book (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="124"/>
        <source>One line per dossier received in the period</source>
        <translation>One line per dossier received in the period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="125"/>
        <location filename="../../desktop/ui/reports_page.py" line="266"/>
        <location filename="../../desktop/ui/reports_page.py" line="271"/>
        <source>Export Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="126"/>
        <source>Form II.06a or the tracking book as an Excel workbook, for the province to consolidate</source>
        <translation>Form II.06a or the tracking book as an Excel workbook, for the province to consolidate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="129"/>
        <source>Status summary II.06a (.xlsx)…</source>
        <translation>Status summary II.06a (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="130"/>
        <source>Tracking book (.xlsx)…</source>
        <translation>Tracking book (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="132"/>
        <source>Queue for sending</source>
        <translation>Queue for sending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="189"/>
        <source>Desk %1</source>
        <translation>Desk %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="190"/>
        <source>By desk: </source>
        <translation>By desk: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="191"/>
        <source>desk %1: %2 received, %3 resolved, %4 pending</source>
        <translation>desk %1: %2 received, %3 resolved, %4 pending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="198"/>
        <source>Status of dossier handling from %1 to %2 (form II.06a)</source>
        <translation>Status of dossier handling from %1 to %2 (form II.06a)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="204"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="212"/>
        <source>On-time rate: %1 · Online rate: %2</source>
        <translation>On-time rate: %1 · Online rate: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="227"/>
        <source>Save the report as PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="245"/>
        <source>Save as an Excel workbook</source>
        <translation>Save as an Excel workbook</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="247"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="267"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reports_page.py" line="283"/>
        <source>%n daily report(s) queued; they will be sent at the next sync.</source>
        <translation>
            <numerusform>%n daily report queued; it will be sent at the next sync.</numerusform>
            <numerusform>%n daily reports queued; they will be sent at the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="286"/>
        <source>These reports were already queued or sent; nothing new to queue.</source>
        <translation>These reports were already queued or sent; nothing new to queue.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="287"/>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="199"/>
        <source>Dossier &lt;b&gt;%1&lt;/b&gt; is overdue or due within one working day. The appointment on the slip (%2) still judges it; the citizen receives an apology with the new appointment.</source>
        <translation>Dossier &lt;b&gt;%1&lt;/b&gt; is overdue or due within one working day. The appointment on the slip (%2) still judges it; the citizen receives an apology with the new appointment.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="203"/>
        <source>Apologise and give a new appointment</source>
        <translation>Apologise and give a new appointment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="207"/>
        <source>New appointment</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="209"/>
        <source>New appointment:</source>
        <translation>New appointment:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="211"/>
        <source>Reason for the delay</source>
        <translation>Reason for the delay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="212"/>
        <source>Reason for the delay (required):</source>
        <translation>Reason for the delay (required):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="213"/>
        <source>Record and print the apology</source>
        <translation>Record and print the apology</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="229"/>
        <source>Write the reason for the delay: the apology prints it.</source>
        <translation>Write the reason for the delay: the apology prints it.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="74"/>
        <source>Commune and desk</source>
        <translation>Commune and desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="75"/>
        <source>Working time</source>
        <translation>Working time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="76"/>
        <location filename="../../desktop/ui/settings_page.py" line="190"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="77"/>
        <location filename="../../desktop/ui/settings_page.py" line="210"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="80"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="82"/>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="84"/>
        <source>Import old tracking book</source>
        <translation>Import old tracking book</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="86"/>
        <source>Digital signature</source>
        <translation>Digital signature</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="99"/>
        <source>Morning:</source>
        <translation>Morning:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="99"/>
        <source>Afternoon:</source>
        <translation>Afternoon:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="103"/>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="103"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="113"/>
        <source>Afternoon cut-off for same-day procedures</source>
        <translation>Afternoon cut-off for same-day procedures</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="114"/>
        <source>Same-day cut-off:</source>
        <translation>Same-day cut-off:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="116"/>
        <source>Local days off and make-up working days</source>
        <translation>Local days off and make-up working days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="125"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="127"/>
        <source>Kind of day</source>
        <translation>Kind of day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="128"/>
        <source>Day off</source>
        <translation>Day off</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="129"/>
        <source>Working day</source>
        <translation>Working day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="130"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="131"/>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="135"/>
        <source>Local overrides:</source>
        <translation>Local overrides:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="139"/>
        <source>Save working time</source>
        <translation>Save working time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="149"/>
        <source>working day</source>
        <translation>working day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="149"/>
        <source>day off</source>
        <translation>day off</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="194"/>
        <source>Interface language:</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="195"/>
        <source>The window changes language at once; dossier data, procedure names and printed forms stay in Vietnamese.</source>
        <translation>The window changes language at once; dossier data, procedure names and printed forms stay in Vietnamese.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="207"/>
        <source>Backups are taken every day automatically and the newest 14 are kept:</source>
        <translation>Backups are taken every day automatically and the newest 14 are kept:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="215"/>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="216"/>
        <source>Restore this backup…</source>
        <translation>Restore this backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="257"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="257"/>
        <source>Extra CA bundle</source>
        <translation>Extra CA bundle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="258"/>
        <source>Send personal data</source>
        <translation>Send personal data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="259"/>
        <source>Token kept in a file</source>
        <translation>Token kept in a file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="263"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="263"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="264"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="276"/>
        <source>The backup has other connection settings (now | in the backup):</source>
        <translation>The backup has other connection settings (now | in the backup):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="277"/>
        <source>Yes keeps the current connection settings.</source>
        <translation>Yes keeps the current connection settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="278"/>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="270"/>
        <source>Replace all current data with the backup of %1?

The current data file is kept beside it first, so nothing is lost.</source>
        <translation>Replace all current data with the backup of %1?

The current data file is kept beside it first, so nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="280"/>
        <source>Restore and use the backup&apos;s connection</source>
        <translation>Restore and use the backup&apos;s connection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="287"/>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/settings_page.py" line="298"/>
        <source>Restored %n dossier(s). The data from before the restore is kept at %1.</source>
        <translation>
            <numerusform>Restored %n dossier. The data from before the restore is kept at %1.</numerusform>
            <numerusform>Restored %n dossiers. The data from before the restore is kept at %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="309"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="319"/>
        <source>Backup taken.</source>
        <translation>Backup taken.</translation>
    </message>
</context>
<context>
    <name>SigningProgress</name>
    <message>
        <location filename="../../desktop/ui/printing.py" line="270"/>
        <source>Digital signature</source>
        <translation>Digital signature</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="275"/>
        <source>Opening the signing key…</source>
        <translation>Opening the signing key…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="276"/>
        <source>Preparing the paper…</source>
        <translation>Preparing the paper…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="277"/>
        <source>Signing…</source>
        <translation>Signing…</translation>
    </message>
</context>
<context>
    <name>SigningTab</name>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="88"/>
        <source>Signing key</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="91"/>
        <source>Certificate file (.p12/.pfx)</source>
        <translation>Certificate file (.p12/.pfx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="92"/>
        <source>USB token (PKCS#11)</source>
        <translation>USB token (PKCS#11)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="94"/>
        <source>Key is in:</source>
        <translation>Key is in:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="96"/>
        <location filename="../../desktop/ui/signing_tab.py" line="103"/>
        <location filename="../../desktop/ui/signing_tab.py" line="123"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="98"/>
        <source>Certificate files (*.p12 *.pfx)</source>
        <translation>Certificate files (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="99"/>
        <source>.p12 file:</source>
        <translation>.p12 file:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="101"/>
        <source>the token&apos;s driver, e.g. C:\Windows\System32\vnpt-ca_v34.dll</source>
        <translation>the token&apos;s driver, e.g. C:\Windows\System32\vnpt-ca_v34.dll</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="105"/>
        <source>PKCS#11 libraries (*.dll *.so *.dylib)</source>
        <translation>PKCS#11 libraries (*.dll *.so *.dylib)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="106"/>
        <source>PKCS#11 library:</source>
        <translation>PKCS#11 library:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="108"/>
        <source>empty: the first token found</source>
        <translation>empty: the first token found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="109"/>
        <source>Token label:</source>
        <translation>Token label:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="111"/>
        <source>empty: the only key on the token</source>
        <translation>empty: the only key on the token</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="112"/>
        <source>Key label:</source>
        <translation>Key label:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="115"/>
        <source>Password / PIN:</source>
        <translation>Password / PIN:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="116"/>
        <source>Remember it in the system keyring</source>
        <translation>Remember it in the system keyring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="119"/>
        <source>optional: the address given by the CA (http://…)</source>
        <translation>optional: the address given by the CA (http://…)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="120"/>
        <source>Timestamp server:</source>
        <translation>Timestamp server:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="122"/>
        <source>root CA files, separated by ;</source>
        <translation>root CA files, separated by ;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="125"/>
        <source>Trusted roots:</source>
        <translation>Trusted roots:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="126"/>
        <source>Sign every paper when printing</source>
        <translation>Sign every paper when printing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="129"/>
        <source>Check and save</source>
        <translation>Check and save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="131"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="142"/>
        <source>Certificate:</source>
        <translation>Certificate:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="147"/>
        <source>Check a signed PDF</source>
        <translation>Check a signed PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="149"/>
        <source>Drop a PDF file here to check its digital signature</source>
        <translation>Drop a PDF file here to check its digital signature</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="166"/>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="172"/>
        <source>Choose root CA certificates</source>
        <translation>Choose root CA certificates</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="173"/>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="189"/>
        <source>No digital signature is set up yet.</source>
        <translation>No digital signature is set up yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="207"/>
        <source>Holder: %1
Issued by: %2
Valid: %3</source>
        <translation>Holder: %1
Issued by: %2
Valid: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="216"/>
        <source>Choose the .p12 certificate file.</source>
        <translation>Choose the .p12 certificate file.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="219"/>
        <source>Choose the token&apos;s PKCS#11 library.</source>
        <translation>Choose the token&apos;s PKCS#11 library.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="233"/>
        <source>Enter the password or PIN to check the key.</source>
        <translation>Enter the password or PIN to check the key.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="268"/>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../desktop/ui/staff_tab.py" line="38"/>
        <source>People a dossier is handed to. Each hand-over is a row of the process-control sheet (form 06).</source>
        <translation>People a dossier is handed to. Each hand-over is a row of the process-control sheet (form 06).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff_tab.py" line="41"/>
        <source>Staff list</source>
        <translation>Staff list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff_tab.py" line="45"/>
        <location filename="../../desktop/ui/staff_tab.py" line="46"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff_tab.py" line="48"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff_tab.py" line="51"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff_tab.py" line="52"/>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="76"/>
        <source>Sending reports upward</source>
        <extracomment>The clerk asked for Settings → Connection.</extracomment>
        <translation>Sending reports upward</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="81"/>
        <source>Connection settings…</source>
        <translation>Connection settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="106"/>
        <source>Sending progress</source>
        <translation>Sending progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="109"/>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="115"/>
        <source>Result of the last send</source>
        <translation>Result of the last send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="117"/>
        <source>Set aside (needs attention)</source>
        <translation>Set aside (needs attention)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="119"/>
        <location filename="../../desktop/ui/sync_page.py" line="125"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="119"/>
        <location filename="../../desktop/ui/sync_page.py" line="125"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="120"/>
        <location filename="../../desktop/ui/sync_page.py" line="126"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="120"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="123"/>
        <source>Latest reports in the queue</source>
        <translation>Latest reports in the queue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="126"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="127"/>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="156"/>
        <source>No receiving server is set up yet, so reports wait on this computer. IT staff set it up under Settings → Connection.</source>
        <translation>No receiving server is set up yet, so reports wait on this computer. IT staff set it up under Settings → Connection.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="159"/>
        <source>This server is the commune hub: dossiers are exchanged with the other desks.</source>
        <translation>This server is the commune hub: dossiers are exchanged with the other desks.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="162"/>
        <source>Pinned server certificate (compare with the hub): %1</source>
        <translation>Pinned server certificate (compare with the hub): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="165"/>
        <source>Last successful send: %1</source>
        <translation>Last successful send: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="166"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="191"/>
        <source>Last problem (%1): %2</source>
        <translation>Last problem (%1): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="190"/>
        <source>No sending problem recorded.</source>
        <translation>No sending problem recorded.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync_page.py" line="229"/>
        <source>%n report(s) sent.</source>
        <translation>
            <numerusform>%n report sent.</numerusform>
            <numerusform>%n reports sent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="155"/>
        <source>Reports go to %1</source>
        <translation>Reports go to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="174"/>
        <source>%1 of %2 sent</source>
        <translation>%1 of %2 sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="233"/>
        <source>Not sent: this desk has no receiving server or access code yet. IT staff set it up under Settings → Connection.</source>
        <translation>Not sent: this desk has no receiving server or access code yet. IT staff set it up under Settings → Connection.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="236"/>
        <source>Nothing is waiting to be sent.</source>
        <translation>Nothing is waiting to be sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="194"/>
        <source>The program tries again by itself at %1, or as soon as the server answers again.</source>
        <translation>The program tries again by itself at %1, or as soon as the server answers again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="207"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="220"/>
        <source>Sending %1 of %2</source>
        <translation>Sending %1 of %2</translation>
    </message>
</context>
</TS>
