<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="55"/>
        <source>Readiness status</source>
        <translation>Trạng thái điều kiện vận hành</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="57"/>
        <source>Readiness criteria</source>
        <translation>Tiêu chí điều kiện vận hành</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="58"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="58"/>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="58"/>
        <location filename="../../desktop/ui/checklist_page.py" line="71"/>
        <location filename="../../desktop/ui/checklist_page.py" line="97"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="59"/>
        <source>Updated by</source>
        <translation>Người cập nhật</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="59"/>
        <source>Updated at</source>
        <translation>Thời điểm cập nhật</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="75"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="77"/>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="78"/>
        <source>e.g. decision number, file name</source>
        <translation>ví dụ số quyết định, tên tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="79"/>
        <source>State:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="80"/>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="81"/>
        <source>Evidence:</source>
        <translation>Minh chứng:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="85"/>
        <source>Changes not saved yet (kept while you looked at other criteria).</source>
        <translation>Thay đổi chưa lưu (được giữ lại khi bạn xem điều kiện khác).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="93"/>
        <source>Save this criterion</source>
        <translation>Lưu tiêu chí này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="95"/>
        <source>History of this criterion:</source>
        <translation>Lịch sử tiêu chí này:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="98"/>
        <source>History of this criterion</source>
        <translation>Lịch sử tiêu chí này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="97"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="97"/>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="97"/>
        <source>Note / evidence</source>
        <translation>Ghi chú / minh chứng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="105"/>
        <source>Save PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="106"/>
        <source>Print the readiness report</source>
        <translation>In báo cáo điều kiện vận hành</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="123"/>
        <source>Save the readiness report as PDF</source>
        <translation>Lưu báo cáo điều kiện vận hành thành PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="142"/>
        <source>GREEN: every required condition is met</source>
        <translation>XANH: đã đáp ứng mọi điều kiện bắt buộc</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/checklist_page.py" line="143"/>
        <source>Not GREEN yet: %n required condition(s) not met</source>
        <translation>
            <numerusform>Chưa XANH: còn %n điều kiện bắt buộc chưa đáp ứng</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="156"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/checklist_page.py" line="156"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>ConnectionTab</name>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="107"/>
        <source>Where this desk sends its reports, and the access token the province or district gave for this desk.</source>
        <translation>Nơi quầy này gửi báo cáo lên, và mã truy cập tỉnh cấp cho quầy này.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="113"/>
        <source>Receiving server address</source>
        <translation>Địa chỉ máy chủ nhận báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="116"/>
        <source>Find on the LAN…</source>
        <translation>Tìm trong mạng LAN…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="117"/>
        <source>List the commune hubs that announce themselves on this network</source>
        <translation>Liệt kê các máy chủ xã tự thông báo trong mạng này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="121"/>
        <source>Server address:</source>
        <translation>Địa chỉ máy chủ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="124"/>
        <source>Paste the access token (it is not shown again)</source>
        <translation>Dán mã truy cập (mã sẽ không hiện lại)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="125"/>
        <source>Access token</source>
        <translation>Mã truy cập</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="126"/>
        <source>Access token:</source>
        <translation>Mã truy cập:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="133"/>
        <source>None: the usual certificate authorities</source>
        <translation>Không có: dùng các tổ chức chứng thực thông thường</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="134"/>
        <source>Extra CA certificate file</source>
        <translation>Tệp chứng thư CA bổ sung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="135"/>
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="136"/>
        <source>Use none</source>
        <translation>Bỏ chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="139"/>
        <source>Extra CA certificate:</source>
        <translation>Chứng thư CA bổ sung:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="142"/>
        <source>Send applicants&apos; personal data with the reports</source>
        <translation>Gửi kèm thông tin cá nhân của người nộp trong báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="145"/>
        <source>Off (recommended unless the province asks for it): reports carry dossier codes, procedures, dates and states only. On: they also carry the applicant&apos;s name, ID number, phone and address.</source>
        <translation>Tắt (nên để tắt, trừ khi tỉnh yêu cầu): báo cáo chỉ có mã hồ sơ, thủ tục, ngày và trạng thái. Bật: báo cáo có thêm họ tên, số định danh, số điện thoại và địa chỉ người nộp.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="151"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="152"/>
        <source>Test connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="153"/>
        <source>Log out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="162"/>
        <source>Connection result</source>
        <translation>Kết quả kết nối</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="206"/>
        <source>A token is kept in %1.</source>
        <translation>Mã truy cập đang được cất trong %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="207"/>
        <source>No access token yet: reports wait on this computer.</source>
        <translation>Chưa có mã truy cập: báo cáo đang chờ trên máy này.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="230"/>
        <source>Extra CA certificate</source>
        <translation>Chứng thư CA bổ sung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="231"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Chứng thư PEM (*.pem *.crt *.cer);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="241"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="262"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="297"/>
        <source>Asking the server…</source>
        <translation>Đang hỏi máy chủ…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="324"/>
        <source>No access token for this address yet: compare the fingerprint, paste the token, then press Save.</source>
        <translation>Chưa có mã truy cập cho địa chỉ này: so dấu vân tay, dán mã truy cập rồi bấm Lưu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="329"/>
        <source>The server could not be reached: %1</source>
        <translation>Không liên lạc được với máy chủ: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="333"/>
        <source>The server answered: commune %1, desk %2.</source>
        <translation>Máy chủ trả lời: xã %1, quầy %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="339"/>
        <source>Logging out…</source>
        <translation>Đang đăng xuất…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_tab.py" line="341"/>
        <source>Logged out: the token was removed from this computer. Reports wait here until a new token is saved.</source>
        <translation>Đã đăng xuất: mã truy cập đã được xóa khỏi máy này. Báo cáo sẽ chờ trên máy cho đến khi lưu mã mới.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="51"/>
        <source>Correct details — %1</source>
        <extracomment>The free-text fields, in the order the slip shows them.</extracomment>
        <translation>Sửa thông tin — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="53"/>
        <source>Correct details of %1</source>
        <translation>Sửa thông tin hồ sơ %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="55"/>
        <source>The old and new values, your name, the time and the reason are kept in the dossier&apos;s history and reported upward. The dossier code never changes. Changing the procedure, channel or receipt time recomputes the appointment (time waiting for a supplement still does not count).</source>
        <translation>Giá trị cũ và mới, tên người sửa, thời điểm và lý do được ghi vào lịch sử hồ sơ và báo cáo lên trên. Mã hồ sơ không thay đổi. Đổi thủ tục, kênh hoặc thời điểm tiếp nhận thì ngày hẹn trả được tính lại (thời gian chờ bổ sung vẫn không tính).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="63"/>
        <source>Applicant&apos;s full name</source>
        <translation>Họ tên người nộp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="63"/>
        <source>ID number</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="64"/>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="64"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="64"/>
        <source>Email</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="65"/>
        <source>Authorised person</source>
        <translation>Người được ủy quyền</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="69"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="75"/>
        <source>Procedure:</source>
        <translation>Thủ tục:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="77"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="81"/>
        <source>Channel:</source>
        <translation>Kênh:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="90"/>
        <source>Received at</source>
        <translation>Thời điểm tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="93"/>
        <source>Received at:</source>
        <translation>Thời điểm tiếp nhận:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="95"/>
        <location filename="../../desktop/ui/correction_form.py" line="96"/>
        <source>Documents received, separated by ;</source>
        <translation>Giấy tờ đã nhận, cách nhau bằng dấu ;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="98"/>
        <source>Documents received:</source>
        <translation>Giấy tờ đã nhận:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="103"/>
        <source>Number of sets</source>
        <translation>Số bộ hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="104"/>
        <source>Number of sets:</source>
        <translation>Số bộ hồ sơ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="106"/>
        <location filename="../../desktop/ui/correction_form.py" line="107"/>
        <source>Reason for the correction (required)</source>
        <translation>Lý do sửa (bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="109"/>
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="114"/>
        <source>Save correction</source>
        <translation>Lưu sửa đổi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/correction_form.py" line="117"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="102"/>
        <source>Dossier %1</source>
        <extracomment>Moves listed in the order a dossier usually goes. The paper a state is issued with (form 02, 03, 05), offered at once after the move. The latest letter that applies (supplement, refusal, stop, apology), if any.</extracomment>
        <translation>Hồ sơ %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="112"/>
        <source>History</source>
        <translation>Quá trình xử lý</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="115"/>
        <source>History of this dossier</source>
        <translation>Quá trình xử lý hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="114"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="114"/>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="114"/>
        <source>Moved to</source>
        <translation>Chuyển sang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="114"/>
        <location filename="../../desktop/ui/dossier_detail.py" line="122"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="121"/>
        <source>Note for the next move (optional)</source>
        <translation>Ghi chú cho bước tiếp theo (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="129"/>
        <source>Print receipt slip (Ctrl+P)</source>
        <translation>In giấy hẹn (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="133"/>
        <source>Process-control sheet (form 06)</source>
        <translation>Phiếu kiểm soát (mẫu 06)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="143"/>
        <source>Correct details… (Ctrl+E)</source>
        <extracomment>The letter that goes with the last move (forms 02–05); focused right after the move, so one key prints it.</extracomment>
        <translation>Sửa thông tin… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="148"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="175"/>
        <source>Overdue</source>
        <extracomment>Actions that are not moves: &quot;handover&quot; and &quot;reschedule&quot;.</extracomment>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="175"/>
        <source>Within deadline</source>
        <translation>Trong hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="177"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · appointment %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · hẹn trả %2 · %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="183"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="183"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="184"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="184"/>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="185"/>
        <source>ID number</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="185"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="186"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="186"/>
        <source>Email</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="187"/>
        <source>Authorised person</source>
        <translation>Người được ủy quyền</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="188"/>
        <source>Documents received</source>
        <translation>Giấy tờ đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="189"/>
        <source> (%1 set(s))</source>
        <translation> (%1 bộ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="190"/>
        <source>%1 set(s)</source>
        <translation>%1 bộ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="191"/>
        <source>Received at</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="192"/>
        <source>Appointment</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="195"/>
        <source>New appointment</source>
        <translation>Hẹn lại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="197"/>
        <source>Held by</source>
        <translation>Đang ở</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="210"/>
        <source> (desk %1)</source>
        <translation> (quầy %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="212"/>
        <source> — CONFLICT: not applied</source>
        <translation> — XUNG ĐỘT: không áp dụng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="218"/>
        <source>Details corrected</source>
        <translation>Sửa thông tin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="219"/>
        <source>%1 — reason: %2</source>
        <translation>%1 — lý do: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="248"/>
        <source>Hand-over: %1 → %2</source>
        <translation>Chuyển giao: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="251"/>
        <source>New appointment: %1</source>
        <translation>Hẹn lại: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="273"/>
        <source>Final state: no further moves</source>
        <translation>Trạng thái cuối: không còn bước nào</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="278"/>
        <source>Hand over</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="280"/>
        <source>Apologise and reschedule</source>
        <translation>Xin lỗi và hẹn lại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="291"/>
        <source>Print supplement request (form 02)</source>
        <translation>In phiếu yêu cầu bổ sung (mẫu 02)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="292"/>
        <source>Print refusal (form 03)</source>
        <translation>In phiếu từ chối (mẫu 03)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="293"/>
        <source>Print apology and new appointment (form 04)</source>
        <translation>In văn bản xin lỗi và hẹn lại (mẫu 04)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="294"/>
        <source>Print stop notice (form 05)</source>
        <translation>In thông báo dừng xử lý (mẫu 05)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_detail.py" line="314"/>
        <source>Move dossier %1 of %2 to «%3»?</source>
        <translation>Chuyển hồ sơ %1 của %2 sang «%3»?</translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="35"/>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="36"/>
        <source>Received at</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="37"/>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="38"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="39"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="40"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="41"/>
        <source>Appointment</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="42"/>
        <source>Desk</source>
        <translation>Quầy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="226"/>
        <source>conflict</source>
        <extracomment>Two desks made moves that cannot both stand: stronger than overdue, until a clerk resolves it. The count and first page of a new filter or sort are in. All matches of the search when the list stopped at ``listing.SEARCH_LIMIT``.</extracomment>
        <translation>xung đột</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossier_model.py" line="239"/>
        <source>%1 (new: %2)</source>
        <translation>%1 (hẹn lại: %2)</translation>
    </message>
</context>
<context>
    <name>DossiersPage</name>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="50"/>
        <source>Search by name, dossier code, phone or ID number (Ctrl+F)</source>
        <extracomment>Just enough to fold a burst of keys into one question; a question made stale by the next key is interrupted in SQLite, so waiting longer would only add to the latency.</extracomment>
        <translation>Tìm theo họ tên, mã hồ sơ, điện thoại hoặc số định danh (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="52"/>
        <source>Search dossiers</source>
        <translation>Tìm hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="54"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="54"/>
        <source>All states</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="56"/>
        <source>Conflicts between desks</source>
        <translation>Xung đột giữa các quầy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="57"/>
        <source>Desk</source>
        <translation>Quầy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="57"/>
        <source>All desks</source>
        <translation>Mọi quầy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="58"/>
        <source>Desk %1</source>
        <translation>Quầy %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="60"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="60"/>
        <source>All channels</source>
        <translation>Mọi kênh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="62"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="62"/>
        <source>All fields</source>
        <translation>Mọi lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="65"/>
        <source>Received</source>
        <translation>Được tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="66"/>
        <source>Any time</source>
        <translation>Mọi thời gian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="66"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="67"/>
        <source>Last 7 days</source>
        <translation>7 ngày qua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="67"/>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="68"/>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="69"/>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="70"/>
        <source>Any deadline</source>
        <translation>Mọi hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="70"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="71"/>
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="72"/>
        <source>Held by</source>
        <translation>Đang ở</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="72"/>
        <source>Held by anyone</source>
        <translation>Đang ở: mọi người</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="73"/>
        <source>Held by %1</source>
        <translation>Đang ở: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="80"/>
        <source>Number of dossiers found</source>
        <translation>Số hồ sơ tìm thấy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="85"/>
        <source>Dossier list</source>
        <translation>Danh sách hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="98"/>
        <source>Red: overdue · Dark red: conflict between desks · Amber: due today · Enter or double-click opens a dossier</source>
        <translation>Đỏ: quá hạn · Đỏ sẫm: xung đột giữa các quầy · Vàng: đến hạn hôm nay · Enter hoặc nhấp đúp để mở hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dossiers_page.py" line="169"/>
        <source>%1 / %2 dossiers — type more to narrow</source>
        <translation>%1 / %2 hồ sơ — gõ thêm để thu hẹp</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dossiers_page.py" line="172"/>
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="238"/>
        <source>Dossier &lt;b&gt;%1&lt;/b&gt; is with %2. Each hand-over is a row of the process-control sheet (form 06).</source>
        <translation>Hồ sơ &lt;b&gt;%1&lt;/b&gt; đang ở %2. Mỗi lần chuyển giao là một dòng của phiếu kiểm soát quá trình giải quyết (mẫu 06).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="241"/>
        <location filename="../../desktop/ui/move_dialogs.py" line="258"/>
        <source>Hand over</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="243"/>
        <source>Receiver</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="247"/>
        <source>Hand to:</source>
        <translation>Chuyển cho:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="249"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="250"/>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="251"/>
        <source>The result is ready: mark the dossier resolved</source>
        <translation>Đã có kết quả: đánh dấu «Đã xử lý xong»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="257"/>
        <source>The staff list is empty: add people in Settings.</source>
        <translation>Danh sách cán bộ đang trống: thêm trong Cài đặt › Cán bộ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="271"/>
        <source>Choose who receives the dossier.</source>
        <translation>Hãy chọn người nhận hồ sơ.</translation>
    </message>
</context>
<context>
    <name>HubFinder</name>
    <message>
        <location filename="../../desktop/ui/hub_finder.py" line="44"/>
        <source>Find the commune hub on the LAN</source>
        <translation>Tìm máy chủ xã trong mạng LAN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_finder.py" line="48"/>
        <source>Commune hubs on this network announce themselves. An announcement is not proof: before logging in, compare the fingerprint with the one the hub printed.</source>
        <translation>Các máy chủ xã trong mạng này tự thông báo. Thông báo chưa phải là bằng chứng: trước khi đăng nhập, hãy so dấu vân tay với dấu vân tay máy chủ đã in ra.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_finder.py" line="55"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_finder.py" line="55"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_finder.py" line="55"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_finder.py" line="56"/>
        <source>Certificate fingerprint</source>
        <translation>Dấu vân tay chứng thư</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_finder.py" line="57"/>
        <source>Commune hubs found</source>
        <translation>Các máy chủ xã tìm thấy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_finder.py" line="64"/>
        <source>Fingerprint of the chosen hub</source>
        <translation>Dấu vân tay của máy chủ đã chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_finder.py" line="70"/>
        <source>Search again</source>
        <translation>Tìm lại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_finder.py" line="71"/>
        <source>Use this hub</source>
        <translation>Dùng máy chủ này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_finder.py" line="72"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_finder.py" line="89"/>
        <source>Searching the LAN for %1 seconds…</source>
        <translation>Đang tìm trong mạng LAN (%1 giây)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_finder.py" line="101"/>
        <source>none (plain HTTP)</source>
        <translation>không có (HTTP thường)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/hub_finder.py" line="111"/>
        <source>Found %n hub(s).</source>
        <translation>
            <numerusform>Tìm thấy %n máy chủ xã.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_finder.py" line="112"/>
        <source>No commune hub answered. The hub may have announcing turned off, or the network blocks multicast: ask for its address and type it in.</source>
        <translation>Không máy chủ xã nào trả lời. Máy chủ có thể đã tắt thông báo, hoặc mạng chặn multicast: hãy hỏi địa chỉ của máy chủ và nhập bằng tay.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_finder.py" line="120"/>
        <source>Fingerprint: %1</source>
        <translation>Dấu vân tay: %1</translation>
    </message>
</context>
<context>
    <name>HubPinBox</name>
    <message>
        <location filename="../../desktop/ui/hub_pin.py" line="20"/>
        <source>Commune hub certificate</source>
        <translation>Chứng thư của máy chủ xã</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_pin.py" line="23"/>
        <source>A commune hub makes its own certificate. Press “Test connection” to see the fingerprint of the certificate this address presents, and compare it with the one the hub printed when it started. It is pinned only if they match.</source>
        <translation>Máy chủ xã tự tạo chứng thư của mình. Bấm «Kiểm tra kết nối» để xem dấu vân tay của chứng thư mà địa chỉ này đưa ra, rồi so với dấu vân tay máy chủ xã in ra khi khởi động. Chỉ ghim khi hai dấu vân tay khớp nhau.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_pin.py" line="32"/>
        <source>Fingerprint the server presents</source>
        <translation>Dấu vân tay chứng thư máy chủ đưa ra</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_pin.py" line="33"/>
        <source>Server presents:</source>
        <translation>Máy chủ đưa ra:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_pin.py" line="34"/>
        <source>The usual certificate authorities vouch for this certificate: no pin is needed.</source>
        <translation>Chứng thư này được các tổ chức chứng thực thông thường xác nhận: không cần ghim.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_pin.py" line="39"/>
        <source>Paste or type the fingerprint read on the hub (SHA256:…)</source>
        <translation>Dán hoặc gõ dấu vân tay đọc trên máy chủ xã (SHA256:…)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_pin.py" line="41"/>
        <source>Fingerprint read on the hub</source>
        <translation>Dấu vân tay đọc trên máy chủ xã</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_pin.py" line="42"/>
        <source>Read on the hub:</source>
        <translation>Đọc trên máy chủ xã:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_pin.py" line="45"/>
        <source>Comparison</source>
        <translation>Kết quả so sánh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_pin.py" line="47"/>
        <source>I compared every group with the hub&apos;s screen: they are the same</source>
        <translation>Tôi đã so từng nhóm với màn hình máy chủ xã: giống hệt nhau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_pin.py" line="64"/>
        <source>Not read yet: press “Test connection”.</source>
        <translation>Chưa đọc: bấm «Kiểm tra kết nối».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_pin.py" line="69"/>
        <source>Pinned for this address: %1</source>
        <translation>Đã ghim cho địa chỉ này: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_pin.py" line="85"/>
        <source>Press “Test connection” to read the server&apos;s certificate and compare.</source>
        <translation>Bấm «Kiểm tra kết nối» để đọc chứng thư của máy chủ rồi so.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_pin.py" line="88"/>
        <source>Not complete: a fingerprint has 64 characters (16 groups of four).</source>
        <translation>Chưa đủ: dấu vân tay có 64 ký tự (16 nhóm, mỗi nhóm 4 ký tự).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_pin.py" line="91"/>
        <source>✔ MATCH: this is the commune hub.</source>
        <translation>✔ Khớp: đúng là máy chủ xã.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hub_pin.py" line="93"/>
        <source>✘ DOES NOT MATCH: do not save; check the address and ask IT staff.</source>
        <translation>✘ KHÔNG khớp: đừng lưu; kiểm tra lại địa chỉ và hỏi cán bộ CNTT.</translation>
    </message>
</context>
<context>
    <name>IdentityForm</name>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="42"/>
        <source>Welcome to motcua</source>
        <translation>Chào mừng đến với motcua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="43"/>
        <source>Choose your commune and this desk&apos;s number once; every dossier code made on this PC uses them.</source>
        <translation>Chọn xã/phường và số hiệu quầy một lần; mọi mã hồ sơ tạo trên máy này đều dùng các thông tin đó.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="48"/>
        <source>Province or city (type to search)</source>
        <translation>Tỉnh/thành phố (gõ để tìm)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="49"/>
        <source>Commune or ward (type to search)</source>
        <translation>Xã/phường/đặc khu (gõ để tìm)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="58"/>
        <source>Agency identifier</source>
        <translation>Mã định danh cơ quan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="62"/>
        <source>Desk number</source>
        <translation>Số hiệu quầy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="65"/>
        <source>Officer name</source>
        <translation>Tên cán bộ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="66"/>
        <source>Agency identifier:</source>
        <translation>Mã định danh cơ quan:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="67"/>
        <source>Desk number (01–99):</source>
        <translation>Số hiệu quầy (01–99):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="68"/>
        <source>Officer:</source>
        <translation>Cán bộ tiếp nhận:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="70"/>
        <source>Start working</source>
        <translation>Bắt đầu làm việc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="70"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/identity_form.py" line="115"/>
        <source>Choose the province, then the commune.</source>
        <translation>Hãy chọn tỉnh/thành phố, rồi chọn xã/phường.</translation>
    </message>
</context>
<context>
    <name>ImportBookTab</name>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="52"/>
        <source>Bring in the dossiers of the commune&apos;s old tracking book (Excel .xlsx or CSV, in the columns of the template: “Save the template…”). Every row is checked first; if any row is wrong nothing is imported. Importing the same file again adds nothing.</source>
        <translation>Đưa hồ sơ trong sổ theo dõi cũ của xã vào motcua (Excel .xlsx hoặc CSV, theo các cột của tệp mẫu: «Lưu tệp mẫu…»). Mọi dòng được kiểm tra trước; có dòng sai thì không nhập gì. Nhập lại cùng một tệp không thêm gì.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="59"/>
        <source>Choose a file and check it…</source>
        <translation>Chọn tệp và kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="60"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="62"/>
        <source>Save the template…</source>
        <translation>Lưu tệp mẫu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="70"/>
        <source>What the file holds</source>
        <translation>Nội dung tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="73"/>
        <source>Rows to correct</source>
        <translation>Các dòng cần sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="87"/>
        <source>Old tracking book</source>
        <translation>Sổ theo dõi cũ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="88"/>
        <source>Excel or CSV (*.xlsx *.csv)</source>
        <translation>Excel hoặc CSV (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="98"/>
        <source>Save the template of the tracking book</source>
        <translation>Lưu tệp mẫu sổ theo dõi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="99"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sổ Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="112"/>
        <source>Template saved: %1. Fill in one row per dossier, then choose it here to check it.</source>
        <translation>Đã lưu tệp mẫu: %1. Điền mỗi hồ sơ một dòng, rồi chọn tệp ở đây để kiểm tra.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="125"/>
        <source>Checking %1…</source>
        <translation>Đang kiểm tra %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="139"/>
        <source>%1: %2 dossier row(s); %3 new, %4 already in motcua (skipped).</source>
        <translation>%1: %2 dòng hồ sơ; %3 hồ sơ mới, %4 hồ sơ đã có trong motcua (bỏ qua).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="143"/>
        <source>Received from %1 to %2.</source>
        <translation>Tiếp nhận từ %1 đến %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="146"/>
        <source>By state:</source>
        <translation>Theo tình trạng:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="147"/>
        <source>By field:</source>
        <translation>Theo lĩnh vực:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="152"/>
        <source>%1 error(s): correct these rows in the file, then check it again. Nothing has been imported.</source>
        <translation>%1 lỗi: sửa các dòng dưới đây trong tệp rồi kiểm tra lại. Chưa nhập hồ sơ nào.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="156"/>
        <source>The file has no dossier rows.</source>
        <translation>Tệp không có dòng hồ sơ nào.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="158"/>
        <source>Nothing has been written yet: press Import.</source>
        <translation>Chưa ghi gì vào sổ: bấm Nhập để nhập.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="160"/>
        <source>Every dossier of this file is already in motcua; there is nothing to import.</source>
        <translation>Mọi hồ sơ trong tệp này đã có trong motcua; không có gì để nhập.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_book.py" line="192"/>
        <source>Imported %1 dossier(s); %2 already in motcua were skipped.</source>
        <translation>Đã nhập %1 hồ sơ; bỏ qua %2 hồ sơ đã có trong motcua.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="22"/>
        <source>Registered online</source>
        <translation>Mới đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="23"/>
        <source>Received</source>
        <translation>Được tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="24"/>
        <source>Refused</source>
        <translation>Không được tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="25"/>
        <source>Processing</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="26"/>
        <source>Supplement requested</source>
        <translation>Yêu cầu bổ sung giấy tờ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="27"/>
        <source>Fees or taxes due</source>
        <translation>Yêu cầu thực hiện nghĩa vụ tài chính</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="28"/>
        <source>Withdrawn by citizen</source>
        <translation>Công dân yêu cầu rút hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="29"/>
        <source>Processing stopped</source>
        <translation>Dừng xử lý</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="30"/>
        <source>Resolved</source>
        <translation>Đã xử lý xong</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="31"/>
        <source>Result returned</source>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="34"/>
        <source>Accept</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="35"/>
        <source>Refuse</source>
        <translation>Từ chối tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="36"/>
        <source>Transfer to processing</source>
        <translation>Chuyển xử lý</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="37"/>
        <source>Request supplement</source>
        <translation>Yêu cầu bổ sung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="38"/>
        <source>Request fees</source>
        <translation>Yêu cầu nghĩa vụ tài chính</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="39"/>
        <source>Withdraw</source>
        <translation>Rút hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="40"/>
        <source>Stop processing</source>
        <translation>Dừng xử lý</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="41"/>
        <source>Resolve</source>
        <translation>Đã xử lý xong</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="42"/>
        <source>Return result</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="45"/>
        <source>Supplement received</source>
        <extracomment>Leaving &quot;supplement requested&quot; for processing is the supplement coming back.</extracomment>
        <translation>Đã nhận bổ sung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="47"/>
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="48"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="49"/>
        <source>Public post</source>
        <translation>Bưu chính công ích</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="52"/>
        <source>Early</source>
        <translation>Trước hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="53"/>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="54"/>
        <source>Late</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="57"/>
        <source>Met</source>
        <translation>Đã đáp ứng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="58"/>
        <source>Not met</source>
        <translation>Chưa đáp ứng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="59"/>
        <source>Not applicable</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="62"/>
        <source>Waiting</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="63"/>
        <source>Sending</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="64"/>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="65"/>
        <source>Set aside</source>
        <translation>Bị từ chối, cần xử lý</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="69"/>
        <source>Desk clerk</source>
        <translation>Cán bộ một cửa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="70"/>
        <source>Specialist officer</source>
        <translation>Công chức chuyên môn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="71"/>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="75"/>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="76"/>
        <source>Readiness checklist</source>
        <translation>Điều kiện vận hành</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="77"/>
        <source>Status summary</source>
        <translation>Báo cáo tình hình giải quyết</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="82"/>
        <source>Applicant</source>
        <extracomment>The fields of a correction (``desktop.storage.corrections``).</extracomment>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="83"/>
        <source>ID number</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="84"/>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="85"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="86"/>
        <source>Email</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="87"/>
        <source>Authorised person</source>
        <translation>Người được ủy quyền</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="88"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="89"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="90"/>
        <source>Received at</source>
        <translation>Thời điểm tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="91"/>
        <source>Documents received</source>
        <translation>Giấy tờ đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="92"/>
        <source>Number of sets</source>
        <translation>Số bộ hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="93"/>
        <source>Appointment</source>
        <translation>Hẹn trả</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="273"/>
        <source>How fresh colleagues&apos; dossiers are</source>
        <translation>Mức cập nhật hồ sơ của các quầy khác</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="364"/>
        <source>Preparing the paper…</source>
        <translation>Đang chuẩn bị giấy tờ…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="274"/>
        <source>Preparing the paper</source>
        <translation>Đang chuẩn bị giấy tờ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="275"/>
        <source>Cancel printing</source>
        <translation>Hủy in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="276"/>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="144"/>
        <source>motcua — one-stop desk</source>
        <extracomment>Room for the title bar and borders the window manager adds around the window. The screens exist (after the session loaded and, on first run, the form was saved).</extracomment>
        <translation>motcua — bộ phận một cửa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="145"/>
        <source>Opening the data file…</source>
        <translation>Đang mở tệp dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="175"/>
        <source>motcua — %1, desk %2</source>
        <translation>motcua — %1, quầy %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="179"/>
        <source>desk %1</source>
        <translation>quầy %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="182"/>
        <source>Screens</source>
        <translation>Màn hình</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="191"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="191"/>
        <source>Dossiers</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="191"/>
        <source>Receive (Ctrl+N)</source>
        <translation>Tiếp nhận (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="192"/>
        <source>Readiness</source>
        <translation>Điều kiện vận hành</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="192"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="192"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="192"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="349"/>
        <source>Unsaved dossier</source>
        <translation>Hồ sơ chưa lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="350"/>
        <source>The dossier being received has not been saved. Leave and discard what was typed?</source>
        <translation>Hồ sơ đang tiếp nhận chưa được lưu. Rời đi và bỏ những gì đã nhập?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="278"/>
        <location filename="../../desktop/ui/main_window.py" line="356"/>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="372"/>
        <source>Page %1/%2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="417"/>
        <source>Desk %1: nothing received yet</source>
        <translation>Quầy %1: chưa nhận được gì</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="419"/>
        <source>Desk %1: updated just now</source>
        <translation>Quầy %1: vừa cập nhật</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="421"/>
        <source>Desk %1: updated %n minute(s) ago</source>
        <translation>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="424"/>
        <source>Desk %1: updated %n hour(s) ago</source>
        <translation>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="445"/>
        <source>%n report(s) waiting to be sent</source>
        <translation>
            <numerusform>%n báo cáo chờ gửi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="447"/>
        <source>%n set aside</source>
        <translation>
            <numerusform>%n bị từ chối</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="464"/>
        <source>Data file problem</source>
        <translation>Sự cố tệp dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="467"/>
        <source>Something went wrong</source>
        <translation>Đã xảy ra lỗi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="468"/>
        <source>motcua hit an unexpected error; nothing was lost that was already saved. The details are in the log file. Please try again, and tell your IT staff if it happens again.</source>
        <translation>motcua gặp lỗi ngoài dự kiến; dữ liệu đã lưu không bị mất. Chi tiết được ghi trong tệp nhật ký. Hãy thử lại, nếu lỗi lặp lại hãy báo cán bộ công nghệ thông tin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="449"/>
        <source>sending %1/%2</source>
        <translation>đang gửi %1/%2</translation>
    </message>
</context>
<context>
    <name>MoveDialogs</name>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="39"/>
        <source>This is a final state: the dossier can never be moved again.</source>
        <translation>Đây là trạng thái cuối: hồ sơ sẽ không thể chuyển tiếp hay hoàn tác.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="40"/>
        <source>The result is handed to the citizen and the dossier is closed.</source>
        <translation>Kết quả được trao cho công dân và hồ sơ kết thúc.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="41"/>
        <source>The clock pauses until the papers come back. Only one request is lawful: a second one makes the dossier count as late.</source>
        <translation>Thời hạn tạm dừng cho đến khi công dân nộp bổ sung. Chỉ được yêu cầu bổ sung một lần: lần thứ hai làm hồ sơ bị tính là quá hạn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="71"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>NewDossierPage</name>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="57"/>
        <source>Receive a dossier</source>
        <translation>Tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="58"/>
        <source>Procedure (type to search)</source>
        <translation>Thủ tục (gõ để tìm)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="68"/>
        <source>Documents received:</source>
        <translation>Giấy tờ đã nhận:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="70"/>
        <source>Documents received</source>
        <translation>Giấy tờ đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="75"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="78"/>
        <source>Applicant&apos;s full name</source>
        <translation>Họ tên người nộp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="79"/>
        <source>Citizen ID number (12 digits)</source>
        <translation>Số định danh cá nhân (12 số)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="80"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="81"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="82"/>
        <source>Email</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="83"/>
        <source>Authorised person (if any)</source>
        <translation>Người được ủy quyền (nếu có)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="86"/>
        <source>Number of sets</source>
        <translation>Số bộ hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="90"/>
        <source>Received at</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="91"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="93"/>
        <source>Channel:</source>
        <translation>Kênh:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="94"/>
        <source>Applicant:</source>
        <translation>Người nộp:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="95"/>
        <source>ID number:</source>
        <translation>Số định danh:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="96"/>
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="97"/>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="98"/>
        <source>Email:</source>
        <translation>Thư điện tử:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="99"/>
        <source>Authorised person:</source>
        <translation>Người được ủy quyền:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="100"/>
        <source>Number of sets:</source>
        <translation>Số bộ hồ sơ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="101"/>
        <source>Received at:</source>
        <translation>Thời điểm nhận:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="102"/>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="108"/>
        <source>Appointment</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="110"/>
        <source>Save dossier (Enter)</source>
        <translation>Lưu hồ sơ (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="116"/>
        <source>Print receipt slip (Ctrl+P)</source>
        <translation>In giấy hẹn (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="198"/>
        <source>same day (after the cut-off: next working day)</source>
        <translation>trong ngày (nhận sau giờ chốt: ngày làm việc tiếp theo)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="199"/>
        <source>same day</source>
        <translation>trong ngày</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/new_dossier.py" line="200"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n ngày làm việc</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="201"/>
        <source>Field: %1 · Legal time: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Lĩnh vực: %1 · Thời hạn giải quyết: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="207"/>
        <source>⚠ Not the best match for what you typed (%1): check that this is the procedure and the legal time you want.</source>
        <translation>⚠ Không phải thủ tục khớp nhất với nội dung đã gõ (%1): hãy kiểm tra đúng thủ tục và thời hạn cần chọn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="222"/>
        <source>Appointment: choose a procedure first</source>
        <translation>Hẹn trả: hãy chọn thủ tục trước</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="226"/>
        <source>Appointment: %1</source>
        <translation>Hẹn trả kết quả: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="232"/>
        <location filename="../../desktop/ui/new_dossier.py" line="245"/>
        <source>Choose the procedure from the list.</source>
        <translation>Hãy chọn thủ tục trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="263"/>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_dossier.py" line="265"/>
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
        <location filename="../../desktop/ui/printing.py" line="97"/>
        <source>Print %1</source>
        <extracomment>``open(path, pages)``: show the rendered paper (``pages`` rasterised) for printing. ``ask(setup, then)``: get the PIN/password from the clerk, then ``then(secret)`` (&quot;&quot; = cancelled). The render reports ``progress(page, pages)`` (the tracking book). A PDF was saved where the clerk asked (the window offers to open its folder). A render started (True) or ended (False), for the progress and cancel button. A signing step (&quot;open&quot;, &quot;render&quot;, &quot;sign&quot;), emitted from the read thread. ``(page, pages)`` of a long render as it is drawn (from its child process).</extracomment>
        <translation>In %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="215"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="220"/>
        <source>Digital signature</source>
        <translation>Chữ ký số</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="221"/>
        <source>%1 (certificate of %2):</source>
        <translation>%1 (chứng thư của %2):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="262"/>
        <source>Printing</source>
        <translation>In biểu mẫu</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="59"/>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="60"/>
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="61"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="62"/>
        <source>%1 File</source>
        <translation>Tệp %1</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="24"/>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="25"/>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="26"/>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="27"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Tìm trong:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="28"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Loại tệp:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="29"/>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="30"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="31"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="32"/>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="33"/>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="34"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="35"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="36"/>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="37"/>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="38"/>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="39"/>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="40"/>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="41"/>
        <source>Recent Places</source>
        <translation>Nơi dùng gần đây</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="42"/>
        <source>My Computer</source>
        <translation>Máy tính của tôi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="43"/>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="44"/>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="45"/>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="46"/>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="47"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="48"/>
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp &amp;ẩn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="49"/>
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="50"/>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="51"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã có.
Bạn có muốn ghi đè không?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="52"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="53"/>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="54"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="55"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="56"/>
        <source>Date Modified</source>
        <translation>Ngày sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="57"/>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="58"/>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="15"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="16"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="17"/>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="18"/>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="19"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="20"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="21"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="22"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="64"/>
        <source>Print Preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="65"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="66"/>
        <source>Page Setup</source>
        <translation>Thiết lập trang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="67"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="68"/>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="69"/>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="70"/>
        <source>First page</source>
        <translation>Trang đầu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="71"/>
        <source>Last page</source>
        <translation>Trang cuối</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="72"/>
        <source>Fit width</source>
        <translation>Vừa chiều ngang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="73"/>
        <source>Fit page</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="74"/>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="75"/>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="76"/>
        <source>Portrait</source>
        <translation>Khổ dọc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="77"/>
        <source>Landscape</source>
        <translation>Khổ ngang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="78"/>
        <source>Show single page</source>
        <translation>Từng trang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="79"/>
        <source>Show facing pages</source>
        <translation>Hai trang đối diện</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="80"/>
        <source>Show overview of all pages</source>
        <translation>Xem tổng quan mọi trang</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="105"/>
        <source>Dossier &lt;b&gt;%1&lt;/b&gt; of %2 will move to «%3».</source>
        <translation>Hồ sơ &lt;b&gt;%1&lt;/b&gt; của %2 sẽ chuyển sang «%3».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="112"/>
        <source>Papers to add or correct (tick them, say why):</source>
        <translation>Giấy tờ cần bổ sung, hoàn thiện (đánh dấu và ghi lý do):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="115"/>
        <source>Papers to add or correct</source>
        <translation>Giấy tờ cần bổ sung, hoàn thiện</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="116"/>
        <source>Paper</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="116"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="125"/>
        <source>Another paper, typed</source>
        <translation>Giấy tờ khác (gõ tên)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="126"/>
        <source>Another paper</source>
        <translation>Giấy tờ khác</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="127"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="135"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="136"/>
        <source>Reason (required):</source>
        <translation>Lý do (bắt buộc):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="140"/>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="141"/>
        <source>e.g. Article 22, Law on Residence 2020</source>
        <translation>ví dụ: Điều 22 Luật Cư trú 2020</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="142"/>
        <source>Legal basis:</source>
        <translation>Căn cứ pháp lý:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="179"/>
        <source>Write the reason: it is saved with the dossier and printed on the paper.</source>
        <translation>Hãy ghi lý do: lý do được lưu cùng hồ sơ và in trên phiếu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="182"/>
        <source>Tick or type at least one paper to add or correct.</source>
        <translation>Hãy đánh dấu hoặc gõ ít nhất một giấy tờ cần bổ sung, hoàn thiện.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="73"/>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="74"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="74"/>
        <source>This week</source>
        <translation>Tuần này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="75"/>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="75"/>
        <source>Last month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="76"/>
        <source>This quarter</source>
        <translation>Quý này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="77"/>
        <source>Last quarter</source>
        <translation>Quý trước</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="78"/>
        <source>Custom period</source>
        <translation>Tự chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="78"/>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="82"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="82"/>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="88"/>
        <source>Desk</source>
        <translation>Quầy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="89"/>
        <source>Whole commune</source>
        <translation>Cả xã</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="90"/>
        <source>Show</source>
        <translation>Xem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="92"/>
        <source>Period:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="94"/>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="96"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="104"/>
        <source>Status summary table</source>
        <translation>Bảng tình hình giải quyết hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="105"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="106"/>
        <source>Received
total</source>
        <translation>Tiếp nhận
tổng số</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="106"/>
        <source>Received
online</source>
        <translation>Tiếp nhận
trực tuyến</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="107"/>
        <source>Received in person
or by post</source>
        <translation>Trực tiếp,
bưu chính</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="107"/>
        <source>Carried
over</source>
        <translation>Kỳ trước
chuyển sang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="108"/>
        <source>Resolved
total</source>
        <translation>Đã giải quyết
tổng số</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="108"/>
        <source>Early</source>
        <translation>Trước hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="108"/>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="108"/>
        <source>Late</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="109"/>
        <source>Pending
total</source>
        <translation>Đang giải quyết
tổng số</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="109"/>
        <source>Pending
within deadline</source>
        <translation>Đang giải quyết
trong hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="110"/>
        <source>Pending
overdue</source>
        <translation>Đang giải quyết
quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="117"/>
        <source>By desk</source>
        <translation>Theo quầy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="120"/>
        <source>Save PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="121"/>
        <source>Print (Ctrl+P)</source>
        <translation>In (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="123"/>
        <source>Tracking book (PDF)</source>
        <translation>Sổ theo dõi hồ sơ (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="124"/>
        <source>One line per dossier received in the period</source>
        <translation>Mỗi hồ sơ tiếp nhận trong kỳ một dòng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="125"/>
        <location filename="../../desktop/ui/reports_page.py" line="266"/>
        <location filename="../../desktop/ui/reports_page.py" line="271"/>
        <source>Export Excel</source>
        <translation>Xuất Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="126"/>
        <source>Form II.06a or the tracking book as an Excel workbook, for the province to consolidate</source>
        <translation>Biểu II.06a hoặc sổ theo dõi dưới dạng sổ Excel, để tỉnh tổng hợp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="129"/>
        <source>Status summary II.06a (.xlsx)…</source>
        <translation>Báo cáo tình hình II.06a (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="130"/>
        <source>Tracking book (.xlsx)…</source>
        <translation>Sổ theo dõi hồ sơ (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="132"/>
        <source>Queue for sending</source>
        <translation>Xếp hàng gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="189"/>
        <source>Desk %1</source>
        <translation>Quầy %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="190"/>
        <source>By desk: </source>
        <translation>Theo quầy: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="191"/>
        <source>desk %1: %2 received, %3 resolved, %4 pending</source>
        <translation>quầy %1: nhận %2, đã giải quyết %3, đang giải quyết %4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="198"/>
        <source>Status of dossier handling from %1 to %2 (form II.06a)</source>
        <translation>Tình hình giải quyết hồ sơ từ %1 đến %2 (mẫu II.06a)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="204"/>
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="212"/>
        <source>On-time rate: %1 · Online rate: %2</source>
        <translation>Tỷ lệ đúng hạn: %1 · Tỷ lệ trực tuyến: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="227"/>
        <source>Save the report as PDF</source>
        <translation>Lưu báo cáo thành PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="245"/>
        <source>Save as an Excel workbook</source>
        <translation>Lưu thành sổ Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="247"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sổ Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="267"/>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reports_page.py" line="283"/>
        <source>%n daily report(s) queued; they will be sent at the next sync.</source>
        <translation>
            <numerusform>Đã xếp hàng %n báo cáo ngày; sẽ được gửi trong lần đồng bộ tới.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="286"/>
        <source>These reports were already queued or sent; nothing new to queue.</source>
        <translation>Các báo cáo này đã được xếp hàng hoặc đã gửi; không có gì mới để xếp hàng.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="287"/>
        <source>Queued</source>
        <translation>Đã xếp hàng</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="199"/>
        <source>Dossier &lt;b&gt;%1&lt;/b&gt; is overdue or due within one working day. The appointment on the slip (%2) still judges it; the citizen receives an apology with the new appointment.</source>
        <translation>Hồ sơ &lt;b&gt;%1&lt;/b&gt; đã quá hạn hoặc đến hạn trong vòng một ngày làm việc. Hồ sơ vẫn được đánh giá theo thời hạn trên giấy tiếp nhận (%2); công dân nhận văn bản xin lỗi kèm thời gian hẹn mới.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="203"/>
        <source>Apologise and give a new appointment</source>
        <translation>Xin lỗi và hẹn lại ngày trả kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="207"/>
        <source>New appointment</source>
        <translation>Hẹn lại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="209"/>
        <source>New appointment:</source>
        <translation>Thời gian hẹn mới:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="211"/>
        <source>Reason for the delay</source>
        <translation>Lý do chậm trả kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="212"/>
        <source>Reason for the delay (required):</source>
        <translation>Lý do chậm trả (bắt buộc):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="213"/>
        <source>Record and print the apology</source>
        <translation>Ghi nhận và in văn bản xin lỗi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/move_dialogs.py" line="229"/>
        <source>Write the reason for the delay: the apology prints it.</source>
        <translation>Hãy ghi lý do chậm trả: văn bản xin lỗi sẽ in lý do này.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="74"/>
        <source>Commune and desk</source>
        <translation>Đơn vị và quầy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="75"/>
        <source>Working time</source>
        <translation>Thời gian làm việc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="76"/>
        <location filename="../../desktop/ui/settings_page.py" line="190"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="77"/>
        <location filename="../../desktop/ui/settings_page.py" line="210"/>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="80"/>
        <source>Staff</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="82"/>
        <source>Connection</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="84"/>
        <source>Import old tracking book</source>
        <translation>Nhập sổ theo dõi cũ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="86"/>
        <source>Digital signature</source>
        <translation>Chữ ký số</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="99"/>
        <source>Morning:</source>
        <translation>Buổi sáng:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="99"/>
        <source>Afternoon:</source>
        <translation>Buổi chiều:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="103"/>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="103"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="113"/>
        <source>Afternoon cut-off for same-day procedures</source>
        <translation>Giờ chốt buổi chiều cho thủ tục giải quyết trong ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="114"/>
        <source>Same-day cut-off:</source>
        <translation>Giờ chốt trong ngày:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="116"/>
        <source>Local days off and make-up working days</source>
        <translation>Ngày nghỉ và ngày làm bù của địa phương</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="125"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="127"/>
        <source>Kind of day</source>
        <translation>Loại ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="128"/>
        <source>Day off</source>
        <translation>Ngày nghỉ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="129"/>
        <source>Working day</source>
        <translation>Ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="130"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="131"/>
        <source>Remove selected</source>
        <translation>Xóa dòng đã chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="135"/>
        <source>Local overrides:</source>
        <translation>Ngày nghỉ/làm bù địa phương:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="139"/>
        <source>Save working time</source>
        <translation>Lưu thời gian làm việc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="149"/>
        <source>working day</source>
        <translation>ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="149"/>
        <source>day off</source>
        <translation>ngày nghỉ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="194"/>
        <source>Interface language:</source>
        <translation>Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="195"/>
        <source>The window changes language at once; dossier data, procedure names and printed forms stay in Vietnamese.</source>
        <translation>Giao diện đổi ngôn ngữ ngay; dữ liệu hồ sơ, tên thủ tục và biểu mẫu in vẫn bằng tiếng Việt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="207"/>
        <source>Backups are taken every day automatically and the newest 14 are kept:</source>
        <translation>Dữ liệu được tự động sao lưu mỗi ngày, giữ 14 bản mới nhất:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="215"/>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="216"/>
        <source>Restore this backup…</source>
        <translation>Khôi phục bản sao lưu này…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="257"/>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="257"/>
        <source>Extra CA bundle</source>
        <translation>Chứng thư CA bổ sung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="258"/>
        <source>Send personal data</source>
        <translation>Gửi kèm thông tin cá nhân</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="259"/>
        <source>Token kept in a file</source>
        <translation>Mã truy cập cất trong tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="263"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="263"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="264"/>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="276"/>
        <source>The backup has other connection settings (now | in the backup):</source>
        <translation>Bản sao lưu có thiết lập kết nối khác (hiện tại | trong bản sao lưu):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="277"/>
        <source>Yes keeps the current connection settings.</source>
        <translation>Chọn Có để giữ thiết lập kết nối hiện tại.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="278"/>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="270"/>
        <source>Replace all current data with the backup of %1?

The current data file is kept beside it first, so nothing is lost.</source>
        <translation>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu lúc %1?

Tệp dữ liệu hiện tại được giữ lại bên cạnh trước khi khôi phục, nên không mất gì.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="280"/>
        <source>Restore and use the backup&apos;s connection</source>
        <translation>Khôi phục và dùng kết nối trong bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="287"/>
        <source>Restoring…</source>
        <translation>Đang khôi phục…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/settings_page.py" line="298"/>
        <source>Restored %n dossier(s). The data from before the restore is kept at %1.</source>
        <translation>
            <numerusform>Đã khôi phục %n hồ sơ. Dữ liệu trước khi khôi phục được giữ tại %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="309"/>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="319"/>
        <source>Backup taken.</source>
        <translation>Đã sao lưu xong.</translation>
    </message>
</context>
<context>
    <name>SigningProgress</name>
    <message>
        <location filename="../../desktop/ui/printing.py" line="270"/>
        <source>Digital signature</source>
        <translation>Chữ ký số</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="275"/>
        <source>Opening the signing key…</source>
        <translation>Đang mở khóa ký…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="276"/>
        <source>Preparing the paper…</source>
        <translation>Đang tạo giấy tờ…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="277"/>
        <source>Signing…</source>
        <translation>Đang ký số…</translation>
    </message>
</context>
<context>
    <name>SigningTab</name>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="88"/>
        <source>Signing key</source>
        <translation>Khóa ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="91"/>
        <source>Certificate file (.p12/.pfx)</source>
        <translation>Tệp chứng thư số (.p12/.pfx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="92"/>
        <source>USB token (PKCS#11)</source>
        <translation>Thiết bị ký số USB (token PKCS#11)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="94"/>
        <source>Key is in:</source>
        <translation>Khóa nằm trong:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="96"/>
        <location filename="../../desktop/ui/signing_tab.py" line="103"/>
        <location filename="../../desktop/ui/signing_tab.py" line="123"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="98"/>
        <source>Certificate files (*.p12 *.pfx)</source>
        <translation>Tệp chứng thư số (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="99"/>
        <source>.p12 file:</source>
        <translation>Tệp .p12:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="101"/>
        <source>the token&apos;s driver, e.g. C:\Windows\System32\vnpt-ca_v34.dll</source>
        <translation>trình điều khiển của token, ví dụ C:\Windows\System32\vnpt-ca_v34.dll</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="105"/>
        <source>PKCS#11 libraries (*.dll *.so *.dylib)</source>
        <translation>Thư viện PKCS#11 (*.dll *.so *.dylib)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="106"/>
        <source>PKCS#11 library:</source>
        <translation>Thư viện PKCS#11:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="108"/>
        <source>empty: the first token found</source>
        <translation>để trống: token đầu tiên tìm thấy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="109"/>
        <source>Token label:</source>
        <translation>Nhãn token:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="111"/>
        <source>empty: the only key on the token</source>
        <translation>để trống: khóa duy nhất trên token</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="112"/>
        <source>Key label:</source>
        <translation>Nhãn khóa:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="115"/>
        <source>Password / PIN:</source>
        <translation>Mật khẩu / mã PIN:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="116"/>
        <source>Remember it in the system keyring</source>
        <translation>Ghi nhớ trong kho khóa của hệ điều hành</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="119"/>
        <source>optional: the address given by the CA (http://…)</source>
        <translation>không bắt buộc: địa chỉ do tổ chức chứng thực cung cấp (http://…)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="120"/>
        <source>Timestamp server:</source>
        <translation>Máy chủ dấu thời gian:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="122"/>
        <source>root CA files, separated by ;</source>
        <translation>các tệp chứng thư gốc, cách nhau bởi dấu ;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="125"/>
        <source>Trusted roots:</source>
        <translation>Chứng thư gốc tin cậy:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="126"/>
        <source>Sign every paper when printing</source>
        <translation>Ký số mọi giấy tờ khi in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="129"/>
        <source>Check and save</source>
        <translation>Kiểm tra và lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="131"/>
        <source>Remove</source>
        <translation>Bỏ thiết lập</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="142"/>
        <source>Certificate:</source>
        <translation>Chứng thư số:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="147"/>
        <source>Check a signed PDF</source>
        <translation>Kiểm tra tệp PDF đã ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="149"/>
        <source>Drop a PDF file here to check its digital signature</source>
        <translation>Kéo thả tệp PDF vào đây để kiểm tra chữ ký số</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="166"/>
        <source>Choose a file</source>
        <translation>Chọn tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="172"/>
        <source>Choose root CA certificates</source>
        <translation>Chọn chứng thư gốc (root CA)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="173"/>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Chứng thư số (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="189"/>
        <source>No digital signature is set up yet.</source>
        <translation>Chưa thiết lập chữ ký số.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="207"/>
        <source>Holder: %1
Issued by: %2
Valid: %3</source>
        <translation>Người giữ: %1
Nơi cấp: %2
Hiệu lực: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="216"/>
        <source>Choose the .p12 certificate file.</source>
        <translation>Hãy chọn tệp chứng thư số .p12.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="219"/>
        <source>Choose the token&apos;s PKCS#11 library.</source>
        <translation>Hãy chọn thư viện PKCS#11 của token.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="233"/>
        <source>Enter the password or PIN to check the key.</source>
        <translation>Nhập mật khẩu hoặc mã PIN để kiểm tra khóa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_tab.py" line="268"/>
        <source>Checking %1…</source>
        <translation>Đang kiểm tra %1…</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../desktop/ui/staff_tab.py" line="38"/>
        <source>People a dossier is handed to. Each hand-over is a row of the process-control sheet (form 06).</source>
        <translation>Những người nhận chuyển giao hồ sơ. Mỗi lần chuyển giao là một dòng của phiếu kiểm soát (mẫu 06).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff_tab.py" line="41"/>
        <source>Staff list</source>
        <translation>Danh sách cán bộ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff_tab.py" line="45"/>
        <location filename="../../desktop/ui/staff_tab.py" line="46"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff_tab.py" line="48"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff_tab.py" line="51"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff_tab.py" line="52"/>
        <source>Remove selected</source>
        <translation>Bỏ người đã chọn</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="76"/>
        <source>Sending reports upward</source>
        <extracomment>The clerk asked for Settings → Connection.</extracomment>
        <translation>Gửi báo cáo lên cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="81"/>
        <source>Connection settings…</source>
        <translation>Cài đặt kết nối…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="106"/>
        <source>Sending progress</source>
        <translation>Tiến độ gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="109"/>
        <source>Send now</source>
        <translation>Gửi ngay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="115"/>
        <source>Result of the last send</source>
        <translation>Kết quả lần gửi gần nhất</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="117"/>
        <source>Set aside (needs attention)</source>
        <translation>Bị từ chối (cần xử lý)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="119"/>
        <location filename="../../desktop/ui/sync_page.py" line="125"/>
        <source>Created</source>
        <translation>Thời điểm tạo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="119"/>
        <location filename="../../desktop/ui/sync_page.py" line="125"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="120"/>
        <location filename="../../desktop/ui/sync_page.py" line="126"/>
        <source>About</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="120"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="123"/>
        <source>Latest reports in the queue</source>
        <translation>Báo cáo mới nhất trong hàng đợi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="126"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="127"/>
        <source>Attempts</source>
        <translation>Số lần gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="156"/>
        <source>No receiving server is set up yet, so reports wait on this computer. IT staff set it up under Settings → Connection.</source>
        <translation>Chưa khai báo máy chủ nhận báo cáo nên báo cáo đang chờ trên máy này. Cán bộ kỹ thuật khai báo tại Cài đặt → Kết nối.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="159"/>
        <source>This server is the commune hub: dossiers are exchanged with the other desks.</source>
        <translation>Máy chủ này là máy chủ chung của xã: hồ sơ được trao đổi với các quầy khác.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="162"/>
        <source>Pinned server certificate (compare with the hub): %1</source>
        <translation>Chứng thư máy chủ đã ghim (so với máy chủ xã): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="165"/>
        <source>Last successful send: %1</source>
        <translation>Lần gửi thành công gần nhất: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="166"/>
        <source>never</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="191"/>
        <source>Last problem (%1): %2</source>
        <translation>Sự cố gần nhất (%1): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="190"/>
        <source>No sending problem recorded.</source>
        <translation>Chưa ghi nhận sự cố gửi nào.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync_page.py" line="229"/>
        <source>%n report(s) sent.</source>
        <translation>
            <numerusform>Đã gửi %n báo cáo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="155"/>
        <source>Reports go to %1</source>
        <translation>Báo cáo được gửi tới máy chủ %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="174"/>
        <source>%1 of %2 sent</source>
        <translation>Đã gửi %1/%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="233"/>
        <source>Not sent: this desk has no receiving server or access code yet. IT staff set it up under Settings → Connection.</source>
        <translation>Chưa gửi: quầy này chưa có máy chủ nhận báo cáo hoặc mã truy cập. Cán bộ kỹ thuật khai báo tại Cài đặt → Kết nối.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="236"/>
        <source>Nothing is waiting to be sent.</source>
        <translation>Không còn báo cáo nào chờ gửi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="194"/>
        <source>The program tries again by itself at %1, or as soon as the server answers again.</source>
        <translation>Chương trình sẽ tự gửi lại lúc %1, hoặc ngay khi máy chủ trả lời trở lại.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="207"/>
        <source>Sending…</source>
        <translation>Đang gửi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="220"/>
        <source>Sending %1 of %2</source>
        <translation>Đang gửi %1/%2</translation>
    </message>
</context>
</TS>
