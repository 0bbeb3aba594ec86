<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="57"/>
        <source>Readiness status</source>
        <translation>Trạng thái điều kiện vận hành</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="59"/>
        <source>Readiness criteria</source>
        <translation>Tiêu chí điều kiện vận hành</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="60"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="60"/>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="60"/>
        <location filename="../../desktop/ui/checklist_page.py" line="73"/>
        <location filename="../../desktop/ui/checklist_page.py" line="91"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="61"/>
        <source>Updated by</source>
        <translation>Người cập nhật</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="61"/>
        <source>Updated at</source>
        <translation>Thời điểm cập nhật</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="77"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="79"/>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="80"/>
        <source>e.g. decision number, file name</source>
        <translation>ví dụ số quyết định, tên tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="81"/>
        <source>State:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="82"/>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="83"/>
        <source>Evidence:</source>
        <translation>Minh chứng:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="87"/>
        <source>Save this criterion</source>
        <translation>Lưu tiêu chí này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="89"/>
        <source>History of this criterion:</source>
        <translation>Lịch sử tiêu chí này:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="92"/>
        <source>History of this criterion</source>
        <translation>Lịch sử tiêu chí này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="91"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="91"/>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="91"/>
        <source>Note / evidence</source>
        <translation>Ghi chú / minh chứng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="99"/>
        <source>Save PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="100"/>
        <source>Print the readiness report</source>
        <translation>In báo cáo điều kiện vận hành</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="117"/>
        <source>Save the readiness report as PDF</source>
        <translation>Lưu báo cáo điều kiện vận hành thành PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="136"/>
        <source>GREEN: every required condition is met</source>
        <translation>XANH: đã đáp ứng mọi điều kiện bắt buộc</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/checklist_page.py" line="137"/>
        <source>Not GREEN yet: %n required condition(s) not met</source>
        <translation>
            <numerusform>Chưa XANH: còn %n điều kiện bắt buộc chưa đáp ứng</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="150"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="150"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="57"/>
        <source>Dossier %1</source>
        <extracomment>Moves listed in the order a dossier usually goes.</extracomment>
        <translation>Hồ sơ %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="67"/>
        <source>History</source>
        <translation>Quá trình xử lý</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="70"/>
        <source>History of this dossier</source>
        <translation>Quá trình xử lý hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="69"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="69"/>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="69"/>
        <source>Moved to</source>
        <translation>Chuyển sang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="69"/>
        <location filename="../../desktop/ui/dossier_detail.py" line="77"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="76"/>
        <source>Note for the next move (optional)</source>
        <translation>Ghi chú cho bước tiếp theo (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="84"/>
        <source>Print receipt slip (Ctrl+P)</source>
        <translation>In giấy hẹn (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="87"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="103"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="103"/>
        <source>Within deadline</source>
        <translation>Trong hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="105"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · appointment %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · hẹn trả %2 · %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="111"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="111"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="112"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="112"/>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="113"/>
        <source>ID number</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="113"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="114"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="114"/>
        <source>Email</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="115"/>
        <source>Authorised person</source>
        <translation>Người được ủy quyền</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="116"/>
        <source>Documents received</source>
        <translation>Giấy tờ đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="117"/>
        <source> (%1 set(s))</source>
        <translation> (%1 bộ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="118"/>
        <source>%1 set(s)</source>
        <translation>%1 bộ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="119"/>
        <source>Received at</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="120"/>
        <source>Appointment</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="129"/>
        <source> (desk %1)</source>
        <translation> (quầy %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="130"/>
        <source> — CONFLICT: not applied</source>
        <translation> — XUNG ĐỘT: không áp dụng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="150"/>
        <source>Final state: no further moves</source>
        <translation>Trạng thái cuối: không còn bước nào</translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="34"/>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="35"/>
        <source>Received at</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="36"/>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="37"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="38"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="39"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="40"/>
        <source>Appointment</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="41"/>
        <source>Desk</source>
        <translation>Quầy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="221"/>
        <source>conflict</source>
        <extracomment>Two desks made moves that cannot both stand: stronger than overdue, until a clerk resolves it. The count and first page of a new filter or sort are in.</extracomment>
        <translation>xung đột</translation>
    </message>
</context>
<context>
    <name>DossiersPage</name>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="49"/>
        <source>Search by name, dossier code, phone or ID number (Ctrl+F)</source>
        <extracomment>Just enough to fold a burst of keys into one question; a question made stale by the next key is interrupted in SQLite, so waiting longer would only add to the latency.</extracomment>
        <translation>Tìm theo họ tên, mã hồ sơ, điện thoại hoặc số định danh (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="51"/>
        <source>Search dossiers</source>
        <translation>Tìm hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="53"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="53"/>
        <source>All states</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="55"/>
        <source>Conflicts between desks</source>
        <translation>Xung đột giữa các quầy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="56"/>
        <source>Desk</source>
        <translation>Quầy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="56"/>
        <source>All desks</source>
        <translation>Mọi quầy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="57"/>
        <source>Desk %1</source>
        <translation>Quầy %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="59"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="59"/>
        <source>All channels</source>
        <translation>Mọi kênh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="61"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="61"/>
        <source>All fields</source>
        <translation>Mọi lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="63"/>
        <source>Received</source>
        <translation>Được tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="64"/>
        <source>Any time</source>
        <translation>Mọi thời gian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="64"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="65"/>
        <source>Last 7 days</source>
        <translation>7 ngày qua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="65"/>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="66"/>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="67"/>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="68"/>
        <source>Any deadline</source>
        <translation>Mọi hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="68"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="69"/>
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="74"/>
        <source>Number of dossiers found</source>
        <translation>Số hồ sơ tìm thấy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="79"/>
        <source>Dossier list</source>
        <translation>Danh sách hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="92"/>
        <source>Red: overdue · Dark red: conflict between desks · Amber: due today · Enter or double-click opens a dossier</source>
        <translation>Đỏ: quá hạn · Đỏ sẫm: xung đột giữa các quầy · Vàng: đến hạn hôm nay · Enter hoặc nhấp đúp để mở hồ sơ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dossiers_page.py" line="157"/>
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityForm</name>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="35"/>
        <source>Welcome to motcua</source>
        <translation>Chào mừng đến với motcua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="36"/>
        <source>Choose your commune and this desk&apos;s number once; every dossier code made on this PC uses them.</source>
        <translation>Chọn xã/phường và số hiệu quầy một lần; mọi mã hồ sơ tạo trên máy này đều dùng các thông tin đó.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="41"/>
        <source>Province or city (type to search)</source>
        <translation>Tỉnh/thành phố (gõ để tìm)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="42"/>
        <source>Commune or ward (type to search)</source>
        <translation>Xã/phường/đặc khu (gõ để tìm)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="51"/>
        <source>Agency identifier</source>
        <translation>Mã định danh cơ quan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="55"/>
        <source>Desk number</source>
        <translation>Số hiệu quầy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="58"/>
        <source>Officer name</source>
        <translation>Tên cán bộ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="59"/>
        <source>Agency identifier:</source>
        <translation>Mã định danh cơ quan:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="60"/>
        <source>Desk number (01–99):</source>
        <translation>Số hiệu quầy (01–99):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="61"/>
        <source>Officer:</source>
        <translation>Cán bộ tiếp nhận:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="63"/>
        <source>Start working</source>
        <translation>Bắt đầu làm việc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="63"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="96"/>
        <source>Choose the province, then the commune.</source>
        <translation>Hãy chọn tỉnh/thành phố, rồi chọn xã/phường.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="17"/>
        <source>Registered online</source>
        <translation>Mới đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="18"/>
        <source>Received</source>
        <translation>Được tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="19"/>
        <source>Refused</source>
        <translation>Không được tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="20"/>
        <source>Processing</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="21"/>
        <source>Supplement requested</source>
        <translation>Yêu cầu bổ sung giấy tờ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="22"/>
        <source>Fees or taxes due</source>
        <translation>Yêu cầu thực hiện nghĩa vụ tài chính</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="23"/>
        <source>Withdrawn by citizen</source>
        <translation>Công dân yêu cầu rút hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="24"/>
        <source>Processing stopped</source>
        <translation>Dừng xử lý</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="25"/>
        <source>Resolved</source>
        <translation>Đã xử lý xong</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="26"/>
        <source>Result returned</source>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="29"/>
        <source>Accept</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="30"/>
        <source>Refuse</source>
        <translation>Từ chối tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="31"/>
        <source>Transfer to processing</source>
        <translation>Chuyển xử lý</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="32"/>
        <source>Request supplement</source>
        <translation>Yêu cầu bổ sung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="33"/>
        <source>Request fees</source>
        <translation>Yêu cầu nghĩa vụ tài chính</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="34"/>
        <source>Withdraw</source>
        <translation>Rút hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="35"/>
        <source>Stop processing</source>
        <translation>Dừng xử lý</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="36"/>
        <source>Resolve</source>
        <translation>Đã giải quyết xong</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="37"/>
        <source>Return result</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="40"/>
        <source>Supplement received</source>
        <extracomment>Leaving &quot;supplement requested&quot; for processing is the supplement coming back.</extracomment>
        <translation>Đã nhận bổ sung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="42"/>
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="43"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="44"/>
        <source>Public post</source>
        <translation>Bưu chính công ích</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="47"/>
        <source>Early</source>
        <translation>Trước hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="48"/>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="49"/>
        <source>Late</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="52"/>
        <source>Met</source>
        <translation>Đã đáp ứng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="53"/>
        <source>Not met</source>
        <translation>Chưa đáp ứng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="54"/>
        <source>Not applicable</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="57"/>
        <source>Waiting</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="58"/>
        <source>Sending</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="59"/>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="60"/>
        <source>Set aside</source>
        <translation>Bị từ chối, cần xử lý</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="64"/>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="65"/>
        <source>Readiness checklist</source>
        <translation>Điều kiện vận hành</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="66"/>
        <source>Status summary</source>
        <translation>Báo cáo tình hình giải quyết</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="91"/>
        <source>How fresh colleagues&apos; dossiers are</source>
        <extracomment>The screens exist (after the session loaded and, on first run, the form was saved).</extracomment>
        <translation>Mức cập nhật hồ sơ của các quầy khác</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="110"/>
        <source>motcua — one-stop desk</source>
        <translation>motcua — bộ phận một cửa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="111"/>
        <source>Opening the data file…</source>
        <translation>Đang mở tệp dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="141"/>
        <source>motcua — %1, desk %2</source>
        <translation>motcua — %1, quầy %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="145"/>
        <source>desk %1</source>
        <translation>quầy %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="148"/>
        <source>Screens</source>
        <translation>Màn hình</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="157"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="157"/>
        <source>Dossiers</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="157"/>
        <source>Receive (Ctrl+N)</source>
        <translation>Tiếp nhận (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="158"/>
        <source>Readiness</source>
        <translation>Điều kiện vận hành</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="158"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="158"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="158"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="303"/>
        <source>Desk %1: nothing received yet</source>
        <translation>Quầy %1: chưa nhận được gì</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="305"/>
        <source>Desk %1: updated just now</source>
        <translation>Quầy %1: vừa cập nhật</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="307"/>
        <source>Desk %1: updated %n minute(s) ago</source>
        <translation>
            <numerusform>Quầy %1: cập nhật %n phút trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="310"/>
        <source>Desk %1: updated %n hour(s) ago</source>
        <translation>
            <numerusform>Quầy %1: cập nhật %n giờ trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="331"/>
        <source>%n report(s) waiting to be sent</source>
        <translation>
            <numerusform>%n báo cáo chờ gửi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="333"/>
        <source>%n set aside</source>
        <translation>
            <numerusform>%n bị từ chối</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="350"/>
        <source>Data file problem</source>
        <translation>Sự cố tệp dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="353"/>
        <source>Something went wrong</source>
        <translation>Đã xảy ra lỗi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="354"/>
        <source>motcua hit an unexpected error; nothing was lost that was already saved. The details are in the log file. Please try again, and tell your IT staff if it happens again.</source>
        <translation>motcua gặp lỗi ngoài dự kiến; dữ liệu đã lưu không bị mất. Chi tiết được ghi trong tệp nhật ký. Hãy thử lại, nếu lỗi lặp lại hãy báo cán bộ công nghệ thông tin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="335"/>
        <source>sending %1/%2</source>
        <translation>đang gửi %1/%2</translation>
    </message>
</context>
<context>
    <name>NewDossierPage</name>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="56"/>
        <source>Receive a dossier</source>
        <translation>Tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="57"/>
        <source>Procedure (type to search)</source>
        <translation>Thủ tục (gõ để tìm)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="66"/>
        <source>Documents received:</source>
        <translation>Giấy tờ đã nhận:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="68"/>
        <source>Documents received</source>
        <translation>Giấy tờ đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="73"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="76"/>
        <source>Applicant&apos;s full name</source>
        <translation>Họ tên người nộp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="77"/>
        <source>Citizen ID number (12 digits)</source>
        <translation>Số định danh cá nhân (12 số)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="78"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="79"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="80"/>
        <source>Email</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="81"/>
        <source>Authorised person (if any)</source>
        <translation>Người được ủy quyền (nếu có)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="84"/>
        <source>Number of sets</source>
        <translation>Số bộ hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="88"/>
        <source>Received at</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="89"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="91"/>
        <source>Channel:</source>
        <translation>Kênh:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="92"/>
        <source>Applicant:</source>
        <translation>Người nộp:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="93"/>
        <source>ID number:</source>
        <translation>Số định danh:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="94"/>
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="95"/>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="96"/>
        <source>Email:</source>
        <translation>Thư điện tử:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="97"/>
        <source>Authorised person:</source>
        <translation>Người được ủy quyền:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="98"/>
        <source>Number of sets:</source>
        <translation>Số bộ hồ sơ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="99"/>
        <source>Received at:</source>
        <translation>Thời điểm nhận:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="100"/>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="106"/>
        <source>Appointment</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="108"/>
        <source>Save dossier (Enter)</source>
        <translation>Lưu hồ sơ (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="114"/>
        <source>Print receipt slip (Ctrl+P)</source>
        <translation>In giấy hẹn (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="191"/>
        <source>same day (after the cut-off: next working day)</source>
        <translation>trong ngày (nhận sau giờ chốt: ngày làm việc tiếp theo)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="192"/>
        <source>same day</source>
        <translation>trong ngày</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/new_dossier.py" line="193"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n ngày làm việc</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="195"/>
        <source>Field: %1 · Legal time: %2</source>
        <translation>Lĩnh vực: %1 · Thời hạn giải quyết: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="207"/>
        <source>Appointment: choose a procedure first</source>
        <translation>Hẹn trả: hãy chọn thủ tục trước</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="211"/>
        <source>Appointment: %1</source>
        <translation>Hẹn trả kết quả: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="217"/>
        <location filename="../../desktop/ui/new_dossier.py" line="230"/>
        <source>Choose the procedure from the list.</source>
        <translation>Hãy chọn thủ tục trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="248"/>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="250"/>
        <source>Dossier &lt;b&gt;%1&lt;/b&gt; for %2 — appointment &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>Hồ sơ &lt;b&gt;%1&lt;/b&gt; của %2 — hẹn trả &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../desktop/ui/overview_page.py" line="53"/>
        <source>Today</source>
        <extracomment>(due filter, period) to show in the Dossiers screen</extracomment>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overview_page.py" line="56"/>
        <source>Received today</source>
        <translation>Tiếp nhận hôm nay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overview_page.py" line="57"/>
        <source>Resolved today</source>
        <translation>Giải quyết hôm nay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overview_page.py" line="58"/>
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overview_page.py" line="59"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overview_page.py" line="70"/>
        <source>Readiness status</source>
        <translation>Trạng thái điều kiện vận hành</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overview_page.py" line="78"/>
        <source>Sync status</source>
        <translation>Tình trạng đồng bộ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overview_page.py" line="81"/>
        <source>Received in the last 14 days, by channel</source>
        <translation>Hồ sơ tiếp nhận 14 ngày qua, theo kênh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overview_page.py" line="114"/>
        <source>This month on time: %1</source>
        <translation>Tỷ lệ đúng hạn tháng này: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overview_page.py" line="116"/>
        <source>This month online: %1</source>
        <translation>Tỷ lệ trực tuyến tháng này: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overview_page.py" line="118"/>
        <source>Readiness: GREEN</source>
        <translation>Điều kiện vận hành: XANH</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overview_page.py" line="119"/>
        <source>Readiness: not GREEN</source>
        <translation>Điều kiện vận hành: chưa XANH</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overview_page.py" line="122"/>
        <source>Sync: %1 report(s) waiting, %2 set aside</source>
        <translation>Đồng bộ: %1 báo cáo chờ gửi, %2 bị từ chối</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <location filename="../../desktop/ui/printing.py" line="74"/>
        <source>Printing</source>
        <translation>In biểu mẫu</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="65"/>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="66"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="66"/>
        <source>This week</source>
        <translation>Tuần này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="67"/>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="67"/>
        <source>Custom period</source>
        <translation>Tự chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="71"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="71"/>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="79"/>
        <source>Desk</source>
        <translation>Quầy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="80"/>
        <source>Whole commune</source>
        <translation>Cả xã</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="81"/>
        <source>Show</source>
        <translation>Xem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="83"/>
        <source>Period:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="85"/>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="87"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="95"/>
        <source>Status summary table</source>
        <translation>Bảng tình hình giải quyết hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="96"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="97"/>
        <source>Received
total</source>
        <translation>Tiếp nhận
tổng số</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="97"/>
        <source>Received
online</source>
        <translation>Tiếp nhận
trực tuyến</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="98"/>
        <source>Received in person
or by post</source>
        <translation>Trực tiếp,
bưu chính</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="98"/>
        <source>Carried
over</source>
        <translation>Kỳ trước
chuyển sang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="99"/>
        <source>Resolved
total</source>
        <translation>Đã giải quyết
tổng số</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="99"/>
        <source>Early</source>
        <translation>Trước hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="99"/>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="99"/>
        <source>Late</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="100"/>
        <source>Pending
total</source>
        <translation>Đang giải quyết
tổng số</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="100"/>
        <source>Pending
within deadline</source>
        <translation>Đang giải quyết
trong hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="101"/>
        <source>Pending
overdue</source>
        <translation>Đang giải quyết
quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="108"/>
        <source>By desk</source>
        <translation>Theo quầy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="111"/>
        <source>Save PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="112"/>
        <source>Print (Ctrl+P)</source>
        <translation>In (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="114"/>
        <source>Tracking book (PDF)</source>
        <translation>Sổ theo dõi hồ sơ (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="115"/>
        <source>One line per dossier received in the period</source>
        <translation>Mỗi hồ sơ tiếp nhận trong kỳ một dòng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="116"/>
        <source>Queue for sending</source>
        <translation>Xếp hàng gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="167"/>
        <source>Desk %1</source>
        <translation>Quầy %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="168"/>
        <source>By desk: </source>
        <translation>Theo quầy: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="169"/>
        <source>desk %1: %2 received, %3 resolved, %4 pending</source>
        <translation>quầy %1: nhận %2, đã giải quyết %3, đang giải quyết %4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="176"/>
        <source>Status of dossier handling from %1 to %2 (form II.06a)</source>
        <translation>Tình hình giải quyết hồ sơ từ %1 đến %2 (mẫu II.06a)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="182"/>
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="190"/>
        <source>On-time rate: %1 · Online rate: %2</source>
        <translation>Tỷ lệ đúng hạn: %1 · Tỷ lệ trực tuyến: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="206"/>
        <source>Save the report as PDF</source>
        <translation>Lưu báo cáo thành PDF</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reports_page.py" line="229"/>
        <source>%n daily report(s) queued; they will be sent at the next sync.</source>
        <translation>
            <numerusform>Đã xếp hàng %n báo cáo ngày; sẽ được gửi trong lần đồng bộ tới.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="232"/>
        <source>These reports were already queued or sent; nothing new to queue.</source>
        <translation>Các báo cáo này đã được xếp hàng hoặc đã gửi; không có gì mới để xếp hàng.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="233"/>
        <source>Queued</source>
        <translation>Đã xếp hàng</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="68"/>
        <source>Commune and desk</source>
        <translation>Đơn vị và quầy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="69"/>
        <source>Working time</source>
        <translation>Thời gian làm việc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="70"/>
        <location filename="../../desktop/ui/settings_page.py" line="172"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="71"/>
        <location filename="../../desktop/ui/settings_page.py" line="192"/>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="80"/>
        <source>Morning:</source>
        <translation>Buổi sáng:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="80"/>
        <source>Afternoon:</source>
        <translation>Buổi chiều:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="84"/>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="84"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="94"/>
        <source>Afternoon cut-off for same-day procedures</source>
        <translation>Giờ chốt buổi chiều cho thủ tục giải quyết trong ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="95"/>
        <source>Same-day cut-off:</source>
        <translation>Giờ chốt trong ngày:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="97"/>
        <source>Local days off and make-up working days</source>
        <translation>Ngày nghỉ và ngày làm bù của địa phương</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="106"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="108"/>
        <source>Kind of day</source>
        <translation>Loại ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="109"/>
        <source>Day off</source>
        <translation>Ngày nghỉ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="110"/>
        <source>Working day</source>
        <translation>Ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="111"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="112"/>
        <source>Remove selected</source>
        <translation>Xóa dòng đã chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="116"/>
        <source>Local overrides:</source>
        <translation>Ngày nghỉ/làm bù địa phương:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="120"/>
        <source>Save working time</source>
        <translation>Lưu thời gian làm việc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="130"/>
        <source>working day</source>
        <translation>ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="130"/>
        <source>day off</source>
        <translation>ngày nghỉ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="176"/>
        <source>Interface language:</source>
        <translation>Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="177"/>
        <source>The window changes language at once; dossier data, procedure names and printed forms stay in Vietnamese.</source>
        <translation>Giao diện đổi ngôn ngữ ngay; dữ liệu hồ sơ, tên thủ tục và biểu mẫu in vẫn bằng tiếng Việt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="189"/>
        <source>Backups are taken every day automatically and the newest 14 are kept:</source>
        <translation>Dữ liệu được tự động sao lưu mỗi ngày, giữ 14 bản mới nhất:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="197"/>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="198"/>
        <source>Restore this backup…</source>
        <translation>Khôi phục bản sao lưu này…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="227"/>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="228"/>
        <source>Replace all current data with the backup of %1?

The current data file is kept beside it first, so nothing is lost.</source>
        <translation>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu lúc %1?

Tệp dữ liệu hiện tại được giữ lại bên cạnh trước khi khôi phục, nên không mất gì.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="234"/>
        <source>Restoring…</source>
        <translation>Đang khôi phục…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/settings_page.py" line="244"/>
        <source>Restored %n dossier(s). The data from before the restore is kept at %1.</source>
        <translation>
            <numerusform>Đã khôi phục %n hồ sơ. Dữ liệu trước khi khôi phục được giữ tại %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="255"/>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="265"/>
        <source>Backup taken.</source>
        <translation>Đã sao lưu xong.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="70"/>
        <source>Sending reports upward</source>
        <translation>Gửi báo cáo lên cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="95"/>
        <source>Sending progress</source>
        <translation>Tiến độ gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="98"/>
        <source>Send now</source>
        <translation>Gửi ngay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="104"/>
        <source>Result of the last send</source>
        <translation>Kết quả lần gửi gần nhất</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="106"/>
        <source>Set aside (needs attention)</source>
        <translation>Bị từ chối (cần xử lý)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="108"/>
        <location filename="../../desktop/ui/sync_page.py" line="114"/>
        <source>Created</source>
        <translation>Thời điểm tạo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="108"/>
        <location filename="../../desktop/ui/sync_page.py" line="114"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="109"/>
        <location filename="../../desktop/ui/sync_page.py" line="115"/>
        <source>About</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="109"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="112"/>
        <source>Latest reports in the queue</source>
        <translation>Báo cáo mới nhất trong hàng đợi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="115"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="116"/>
        <source>Attempts</source>
        <translation>Số lần gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="148"/>
        <source>This server is the commune hub: dossiers are exchanged with the other desks.</source>
        <translation>Máy chủ này là máy chủ chung của xã: hồ sơ được trao đổi với các quầy khác.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="151"/>
        <source>Pinned server certificate (compare with the hub): %1</source>
        <translation>Chứng thư máy chủ đã ghim (so với máy chủ xã): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="154"/>
        <source>Last successful send: %1</source>
        <translation>Lần gửi thành công gần nhất: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="155"/>
        <source>never</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="180"/>
        <source>Last problem (%1): %2</source>
        <translation>Sự cố gần nhất (%1): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="179"/>
        <source>No sending problem recorded.</source>
        <translation>Chưa ghi nhận sự cố gửi nào.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync_page.py" line="218"/>
        <source>%n report(s) sent.</source>
        <translation>
            <numerusform>Đã gửi %n báo cáo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="144"/>
        <source>Reports go to %1</source>
        <translation>Báo cáo được gửi tới máy chủ %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="145"/>
        <source>No receiving server is set up yet, so reports wait on this computer. Ask your IT staff to run «motcua login».</source>
        <translation>Chưa khai báo máy chủ nhận báo cáo, nên báo cáo đang được giữ trên máy này. Hãy nhờ cán bộ công nghệ thông tin chạy lệnh «motcua login».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="163"/>
        <source>%1 of %2 sent</source>
        <translation>Đã gửi %1/%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="220"/>
        <source>Nothing is waiting to be sent.</source>
        <translation>Không còn báo cáo nào chờ gửi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="183"/>
        <source>The program tries again by itself at %1, or as soon as the server answers again.</source>
        <translation>Chương trình sẽ tự gửi lại lúc %1, hoặc ngay khi máy chủ trả lời trở lại.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="196"/>
        <source>Sending…</source>
        <translation>Đang gửi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="209"/>
        <source>Sending %1 of %2</source>
        <translation>Đang gửi %1/%2</translation>
    </message>
</context>
</TS>
