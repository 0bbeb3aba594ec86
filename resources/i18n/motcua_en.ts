<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="57"/>
        <source>Readiness status</source>
        <translation>Readiness status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="59"/>
        <source>Readiness criteria</source>
        <translation>Readiness criteria</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="60"/>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="60"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="60"/>
        <location filename="../../desktop/ui/checklist_page.py" line="73"/>
        <location filename="../../desktop/ui/checklist_page.py" line="91"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="61"/>
        <source>Updated by</source>
        <translation>Updated by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="61"/>
        <source>Updated at</source>
        <translation>Updated at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="77"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="79"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="80"/>
        <source>e.g. decision number, file name</source>
        <translation>e.g. decision number, file name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="81"/>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="82"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="83"/>
        <source>Evidence:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="87"/>
        <source>Save this criterion</source>
        <translation>Save this criterion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="89"/>
        <source>History of this criterion:</source>
        <translation>History of this criterion:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="92"/>
        <source>History of this criterion</source>
        <translation>History of this criterion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="91"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="91"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="91"/>
        <source>Note / evidence</source>
        <translation>Note / evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="99"/>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="100"/>
        <source>Print the readiness report</source>
        <translation>Print the readiness report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="117"/>
        <source>Save the readiness report as PDF</source>
        <translation>Save the readiness report as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="136"/>
        <source>GREEN: every required condition is met</source>
        <translation>GREEN: every required condition is met</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/checklist_page.py" line="137"/>
        <source>Not GREEN yet: %n required condition(s) not met</source>
        <translation>
            <numerusform>Not GREEN yet: %n required condition not met</numerusform>
            <numerusform>Not GREEN yet: %n required conditions not met</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="150"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="150"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="57"/>
        <source>Dossier %1</source>
        <extracomment>Moves listed in the order a dossier usually goes.</extracomment>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="67"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="70"/>
        <source>History of this dossier</source>
        <translation>History of this dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="69"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="69"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="69"/>
        <source>Moved to</source>
        <translation>Moved to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="69"/>
        <location filename="../../desktop/ui/dossier_detail.py" line="77"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="76"/>
        <source>Note for the next move (optional)</source>
        <translation>Note for the next move (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="84"/>
        <source>Print receipt slip (Ctrl+P)</source>
        <translation>Print receipt slip (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="87"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="103"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="103"/>
        <source>Within deadline</source>
        <translation>Within deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="105"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · appointment %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · appointment %2 · %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="111"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="111"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="112"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="112"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="113"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="113"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="114"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="114"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="115"/>
        <source>Authorised person</source>
        <translation>Authorised person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="116"/>
        <source>Documents received</source>
        <translation>Documents received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="117"/>
        <source> (%1 set(s))</source>
        <translation> (%1 set(s))</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="118"/>
        <source>%1 set(s)</source>
        <translation>%1 set(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="119"/>
        <source>Received at</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="120"/>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="129"/>
        <source> (desk %1)</source>
        <translation> (desk %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="130"/>
        <source> — CONFLICT: not applied</source>
        <translation> — CONFLICT: not applied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="150"/>
        <source>Final state: no further moves</source>
        <translation>Final state: no further moves</translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="34"/>
        <source>Dossier code</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="35"/>
        <source>Received at</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="36"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="37"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="38"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="39"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="40"/>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="41"/>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="221"/>
        <source>conflict</source>
        <extracomment>Two desks made moves that cannot both stand: stronger than overdue, until a clerk resolves it. The count and first page of a new filter or sort are in.</extracomment>
        <translation>conflict</translation>
    </message>
</context>
<context>
    <name>DossiersPage</name>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="49"/>
        <source>Search by name, dossier code, phone or ID number (Ctrl+F)</source>
        <extracomment>Just enough to fold a burst of keys into one question; a question made stale by the next key is interrupted in SQLite, so waiting longer would only add to the latency.</extracomment>
        <translation>Search by name, dossier code, phone or ID number (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="51"/>
        <source>Search dossiers</source>
        <translation>Search dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="53"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="53"/>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="55"/>
        <source>Conflicts between desks</source>
        <translation>Conflicts between desks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="56"/>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="56"/>
        <source>All desks</source>
        <translation>All desks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="57"/>
        <source>Desk %1</source>
        <translation>Desk %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="59"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="59"/>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="61"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="61"/>
        <source>All fields</source>
        <translation>All fields</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="63"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="64"/>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="64"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="65"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="65"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="66"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="67"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="68"/>
        <source>Any deadline</source>
        <translation>Any deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="68"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="69"/>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="74"/>
        <source>Number of dossiers found</source>
        <translation>Number of dossiers found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="79"/>
        <source>Dossier list</source>
        <translation>Dossier list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="92"/>
        <source>Red: overdue · Dark red: conflict between desks · Amber: due today · Enter or double-click opens a dossier</source>
        <translation>Red: overdue · Dark red: conflict between desks · Amber: due today · Enter or double-click opens a dossier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dossiers_page.py" line="157"/>
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityForm</name>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="35"/>
        <source>Welcome to motcua</source>
        <translation>Welcome to motcua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="36"/>
        <source>Choose your commune and this desk&apos;s number once; every dossier code made on this PC uses them.</source>
        <translation>Choose your commune and this desk&apos;s number once; every dossier code made on this PC uses them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="41"/>
        <source>Province or city (type to search)</source>
        <translation>Province or city (type to search)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="42"/>
        <source>Commune or ward (type to search)</source>
        <translation>Commune or ward (type to search)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="51"/>
        <source>Agency identifier</source>
        <translation>Agency identifier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="55"/>
        <source>Desk number</source>
        <translation>Desk number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="58"/>
        <source>Officer name</source>
        <translation>Officer name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="59"/>
        <source>Agency identifier:</source>
        <translation>Agency identifier:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="60"/>
        <source>Desk number (01–99):</source>
        <translation>Desk number (01–99):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="61"/>
        <source>Officer:</source>
        <translation>Officer:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="63"/>
        <source>Start working</source>
        <translation>Start working</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="63"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="96"/>
        <source>Choose the province, then the commune.</source>
        <translation>Choose the province, then the commune.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="17"/>
        <source>Registered online</source>
        <translation>Registered online</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="18"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="19"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="20"/>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="21"/>
        <source>Supplement requested</source>
        <translation>Supplement requested</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="22"/>
        <source>Fees or taxes due</source>
        <translation>Fees or taxes due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="23"/>
        <source>Withdrawn by citizen</source>
        <translation>Withdrawn by citizen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="24"/>
        <source>Processing stopped</source>
        <translation>Processing stopped</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="25"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="26"/>
        <source>Result returned</source>
        <translation>Result returned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="29"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="30"/>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="31"/>
        <source>Transfer to processing</source>
        <translation>Transfer to processing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="32"/>
        <source>Request supplement</source>
        <translation>Request supplement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="33"/>
        <source>Request fees</source>
        <translation>Request fees</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="34"/>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="35"/>
        <source>Stop processing</source>
        <translation>Stop processing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="36"/>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="37"/>
        <source>Return result</source>
        <translation>Return result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="40"/>
        <source>Supplement received</source>
        <extracomment>Leaving &quot;supplement requested&quot; for processing is the supplement coming back.</extracomment>
        <translation>Supplement received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="42"/>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="43"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="44"/>
        <source>Public post</source>
        <translation>Public post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="47"/>
        <source>Early</source>
        <translation>Early</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="48"/>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="49"/>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="52"/>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="53"/>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="54"/>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="57"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="58"/>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="59"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="60"/>
        <source>Set aside</source>
        <translation>Set aside</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="64"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="65"/>
        <source>Readiness checklist</source>
        <translation>Readiness checklist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="66"/>
        <source>Status summary</source>
        <translation>Status summary</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="91"/>
        <source>How fresh colleagues&apos; dossiers are</source>
        <extracomment>The screens exist (after the session loaded and, on first run, the form was saved).</extracomment>
        <translation>How fresh colleagues&apos; dossiers are</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="110"/>
        <source>motcua — one-stop desk</source>
        <translation>motcua — one-stop desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="111"/>
        <source>Opening the data file…</source>
        <translation>Opening the data file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="141"/>
        <source>motcua — %1, desk %2</source>
        <translation>motcua — %1, desk %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="145"/>
        <source>desk %1</source>
        <translation>desk %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="148"/>
        <source>Screens</source>
        <translation>Screens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="157"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="157"/>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="157"/>
        <source>Receive (Ctrl+N)</source>
        <translation>Receive (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="158"/>
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="158"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="158"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="158"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="303"/>
        <source>Desk %1: nothing received yet</source>
        <translation>Desk %1: nothing received yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="305"/>
        <source>Desk %1: updated just now</source>
        <translation>Desk %1: updated just now</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="307"/>
        <source>Desk %1: updated %n minute(s) ago</source>
        <translation>
            <numerusform>Desk %1: updated %n minute ago</numerusform>
            <numerusform>Desk %1: updated %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="310"/>
        <source>Desk %1: updated %n hour(s) ago</source>
        <translation>
            <numerusform>Desk %1: updated %n hour ago</numerusform>
            <numerusform>Desk %1: updated %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="331"/>
        <source>%n report(s) waiting to be sent</source>
        <translation>
            <numerusform>%n report waiting to be sent</numerusform>
            <numerusform>%n reports waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="333"/>
        <source>%n set aside</source>
        <translation>
            <numerusform>%n set aside</numerusform>
            <numerusform>%n set aside</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="350"/>
        <source>Data file problem</source>
        <translation>Data file problem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="353"/>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="354"/>
        <source>motcua hit an unexpected error; nothing was lost that was already saved. The details are in the log file. Please try again, and tell your IT staff if it happens again.</source>
        <translation>motcua hit an unexpected error; nothing was lost that was already saved. The details are in the log file. Please try again, and tell your IT staff if it happens again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="335"/>
        <source>sending %1/%2</source>
        <translation>sending %1/%2</translation>
    </message>
</context>
<context>
    <name>NewDossierPage</name>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="56"/>
        <source>Receive a dossier</source>
        <translation>Receive a dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="57"/>
        <source>Procedure (type to search)</source>
        <translation>Procedure (type to search)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="66"/>
        <source>Documents received:</source>
        <translation>Documents received:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="68"/>
        <source>Documents received</source>
        <translation>Documents received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="73"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="76"/>
        <source>Applicant&apos;s full name</source>
        <translation>Applicant&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="77"/>
        <source>Citizen ID number (12 digits)</source>
        <translation>Citizen ID number (12 digits)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="78"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="79"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="80"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="81"/>
        <source>Authorised person (if any)</source>
        <translation>Authorised person (if any)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="84"/>
        <source>Number of sets</source>
        <translation>Number of sets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="88"/>
        <source>Received at</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="89"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="91"/>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="92"/>
        <source>Applicant:</source>
        <translation>Applicant:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="93"/>
        <source>ID number:</source>
        <translation>ID number:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="94"/>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="95"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="96"/>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="97"/>
        <source>Authorised person:</source>
        <translation>Authorised person:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="98"/>
        <source>Number of sets:</source>
        <translation>Number of sets:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="99"/>
        <source>Received at:</source>
        <translation>Received at:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="100"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="106"/>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="108"/>
        <source>Save dossier (Enter)</source>
        <translation>Save dossier (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="114"/>
        <source>Print receipt slip (Ctrl+P)</source>
        <translation>Print receipt slip (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="191"/>
        <source>same day (after the cut-off: next working day)</source>
        <translation>same day (after the cut-off: next working day)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="192"/>
        <source>same day</source>
        <translation>same day</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/new_dossier.py" line="193"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="195"/>
        <source>Field: %1 · Legal time: %2</source>
        <translation>Field: %1 · Legal time: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="207"/>
        <source>Appointment: choose a procedure first</source>
        <translation>Appointment: choose a procedure first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="211"/>
        <source>Appointment: %1</source>
        <translation>Appointment: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="217"/>
        <location filename="../../desktop/ui/new_dossier.py" line="230"/>
        <source>Choose the procedure from the list.</source>
        <translation>Choose the procedure from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="248"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="250"/>
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
        <location filename="../../desktop/ui/printing.py" line="74"/>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="65"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="66"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="66"/>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="67"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="67"/>
        <source>Custom period</source>
        <translation>Custom period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="71"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="71"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="79"/>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="80"/>
        <source>Whole commune</source>
        <translation>Whole commune</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="81"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="83"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="85"/>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="87"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="95"/>
        <source>Status summary table</source>
        <translation>Status summary table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="96"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="97"/>
        <source>Received
total</source>
        <translation>Received
total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="97"/>
        <source>Received
online</source>
        <translation>Received
online</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="98"/>
        <source>Received in person
or by post</source>
        <translation>Received in person
or by post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="98"/>
        <source>Carried
over</source>
        <translation>Carried
over</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="99"/>
        <source>Resolved
total</source>
        <translation>Resolved
total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="99"/>
        <source>Early</source>
        <translation>Early</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="99"/>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="99"/>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="100"/>
        <source>Pending
total</source>
        <translation>Pending
total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="100"/>
        <source>Pending
within deadline</source>
        <translation>Pending
within deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="101"/>
        <source>Pending
overdue</source>
        <translation>Pending
overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="108"/>
        <source>By desk</source>
        <translation>By desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="111"/>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="112"/>
        <source>Print (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="114"/>
        <source>Tracking book (PDF)</source>
        <translation>Tracking book (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="115"/>
        <source>One line per dossier received in the period</source>
        <translation>One line per dossier received in the period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="116"/>
        <source>Queue for sending</source>
        <translation>Queue for sending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="167"/>
        <source>Desk %1</source>
        <translation>Desk %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="168"/>
        <source>By desk: </source>
        <translation>By desk: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="169"/>
        <source>desk %1: %2 received, %3 resolved, %4 pending</source>
        <translation>desk %1: %2 received, %3 resolved, %4 pending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="176"/>
        <source>Status of dossier handling from %1 to %2 (form II.06a)</source>
        <translation>Status of dossier handling from %1 to %2 (form II.06a)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="182"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="190"/>
        <source>On-time rate: %1 · Online rate: %2</source>
        <translation>On-time rate: %1 · Online rate: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="206"/>
        <source>Save the report as PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reports_page.py" line="229"/>
        <source>%n daily report(s) queued; they will be sent at the next sync.</source>
        <translation>
            <numerusform>%n daily report queued; it will be sent at the next sync.</numerusform>
            <numerusform>%n daily reports queued; they will be sent at the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="232"/>
        <source>These reports were already queued or sent; nothing new to queue.</source>
        <translation>These reports were already queued or sent; nothing new to queue.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="233"/>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="68"/>
        <source>Commune and desk</source>
        <translation>Commune and desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="69"/>
        <source>Working time</source>
        <translation>Working time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="70"/>
        <location filename="../../desktop/ui/settings_page.py" line="172"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="71"/>
        <location filename="../../desktop/ui/settings_page.py" line="192"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="80"/>
        <source>Morning:</source>
        <translation>Morning:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="80"/>
        <source>Afternoon:</source>
        <translation>Afternoon:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="84"/>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="84"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="94"/>
        <source>Afternoon cut-off for same-day procedures</source>
        <translation>Afternoon cut-off for same-day procedures</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="95"/>
        <source>Same-day cut-off:</source>
        <translation>Same-day cut-off:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="97"/>
        <source>Local days off and make-up working days</source>
        <translation>Local days off and make-up working days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="106"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="108"/>
        <source>Kind of day</source>
        <translation>Kind of day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="109"/>
        <source>Day off</source>
        <translation>Day off</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="110"/>
        <source>Working day</source>
        <translation>Working day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="111"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="112"/>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="116"/>
        <source>Local overrides:</source>
        <translation>Local overrides:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="120"/>
        <source>Save working time</source>
        <translation>Save working time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="130"/>
        <source>working day</source>
        <translation>working day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="130"/>
        <source>day off</source>
        <translation>day off</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="176"/>
        <source>Interface language:</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="177"/>
        <source>The window changes language at once; dossier data, procedure names and printed forms stay in Vietnamese.</source>
        <translation>The window changes language at once; dossier data, procedure names and printed forms stay in Vietnamese.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="189"/>
        <source>Backups are taken every day automatically and the newest 14 are kept:</source>
        <translation>Backups are taken every day automatically and the newest 14 are kept:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="197"/>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="198"/>
        <source>Restore this backup…</source>
        <translation>Restore this backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="227"/>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="228"/>
        <source>Replace all current data with the backup of %1?

The current data file is kept beside it first, so nothing is lost.</source>
        <translation>Replace all current data with the backup of %1?

The current data file is kept beside it first, so nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="234"/>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/settings_page.py" line="244"/>
        <source>Restored %n dossier(s). The data from before the restore is kept at %1.</source>
        <translation>
            <numerusform>Restored %n dossier. The data from before the restore is kept at %1.</numerusform>
            <numerusform>Restored %n dossiers. The data from before the restore is kept at %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="255"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="265"/>
        <source>Backup taken.</source>
        <translation>Backup taken.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="70"/>
        <source>Sending reports upward</source>
        <translation>Sending reports upward</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="95"/>
        <source>Sending progress</source>
        <translation>Sending progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="98"/>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="104"/>
        <source>Result of the last send</source>
        <translation>Result of the last send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="106"/>
        <source>Set aside (needs attention)</source>
        <translation>Set aside (needs attention)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="108"/>
        <location filename="../../desktop/ui/sync_page.py" line="114"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="108"/>
        <location filename="../../desktop/ui/sync_page.py" line="114"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="109"/>
        <location filename="../../desktop/ui/sync_page.py" line="115"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="109"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="112"/>
        <source>Latest reports in the queue</source>
        <translation>Latest reports in the queue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="115"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="116"/>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="148"/>
        <source>This server is the commune hub: dossiers are exchanged with the other desks.</source>
        <translation>This server is the commune hub: dossiers are exchanged with the other desks.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="151"/>
        <source>Pinned server certificate (compare with the hub): %1</source>
        <translation>Pinned server certificate (compare with the hub): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="154"/>
        <source>Last successful send: %1</source>
        <translation>Last successful send: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="155"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="180"/>
        <source>Last problem (%1): %2</source>
        <translation>Last problem (%1): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="179"/>
        <source>No sending problem recorded.</source>
        <translation>No sending problem recorded.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync_page.py" line="218"/>
        <source>%n report(s) sent.</source>
        <translation>
            <numerusform>%n report sent.</numerusform>
            <numerusform>%n reports sent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="144"/>
        <source>Reports go to %1</source>
        <translation>Reports go to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="145"/>
        <source>No receiving server is set up yet, so reports wait on this computer. Ask your IT staff to run «motcua login».</source>
        <translation>No receiving server is set up yet, so reports wait on this computer. Ask your IT staff to run «motcua login».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="163"/>
        <source>%1 of %2 sent</source>
        <translation>%1 of %2 sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="220"/>
        <source>Nothing is waiting to be sent.</source>
        <translation>Nothing is waiting to be sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="183"/>
        <source>The program tries again by itself at %1, or as soon as the server answers again.</source>
        <translation>The program tries again by itself at %1, or as soon as the server answers again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="196"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="209"/>
        <source>Sending %1 of %2</source>
        <translation>Sending %1 of %2</translation>
    </message>
</context>
</TS>
