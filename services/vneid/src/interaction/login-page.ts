/** What the login page shows; every value is escaped when rendered. */
export interface LoginPageModel {
  uid: string;
  clientName: string;
  requiredAcr: string | undefined;
  testMode: boolean;
  error: string | undefined;
  notice?: string;
  idNumber: string | undefined;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The minimal VNeID login page (ID number, password, OTP). It posts the form to the same endpoint automated
 * relying parties use, so both go through one login service. The password and OTP are never echoed back.
 */
export function renderLoginPage(model: LoginPageModel): string {
  const action = `/interaction/${encodeURIComponent(model.uid)}/login`;
  const otpAction = `/interaction/${encodeURIComponent(model.uid)}/otp`;
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>VNeID — Đăng nhập</title>
<style>body{font-family:system-ui,sans-serif;max-width:26rem;margin:3rem auto;padding:0 1rem}
label{display:block;margin-top:1rem}input{width:100%;padding:.5rem;font-size:1rem}
button{margin-top:1.5rem;padding:.6rem 1.2rem;font-size:1rem}.error{color:#b00020}.hint{color:#555}</style></head>
<body>
<h1>VNeID</h1>
<p>Đăng nhập vào <strong>${escape(model.clientName)}</strong>${
    model.requiredAcr ? ` (mức ${escape(model.requiredAcr)})` : ''
  }</p>
${model.error ? `<p class="error" role="alert">${escape(model.error)}</p>` : ''}
${model.notice ? `<p class="hint">${escape(model.notice)}</p>` : ''}
<form method="post" action="${action}">
<label>Số định danh cá nhân <input name="idNumber" inputmode="numeric" pattern="[0-9]{12}" required value="${escape(model.idNumber ?? '')}"></label>
<label>Mật khẩu <input name="password" type="password" required autocomplete="current-password"></label>
<label>Mã OTP <input name="otp" inputmode="numeric" pattern="[0-9]{6}" required autocomplete="one-time-code"></label>
<button type="submit">Đăng nhập</button>
</form>
${
  model.testMode
    ? '<p class="hint">Test mode: the one-time code 111111 is accepted.</p>'
    : `<form method="post" action="${otpAction}"><label>Số định danh để nhận mã OTP <input name="idNumber" inputmode="numeric" pattern="[0-9]{12}" required value="${escape(model.idNumber ?? '')}"></label><button type="submit">Gửi mã OTP</button></form>`
}
</body></html>`;
}
