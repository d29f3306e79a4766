/** Product name and what it does, in one line. */
export function Header() {
  return (
    <header className="app-header">
      <div className="brand">
        <svg className="logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
          <circle cx="11" cy="16" r="6.5" fill="none" stroke="currentColor" strokeWidth="3" />
          <path d="M17 16h12m-4 0v5m-5-5v4" fill="none" stroke="currentColor" strokeWidth="3" />
        </svg>
        <h1>KMS Policy Playground</h1>
      </div>
      <p className="tagline">
        See how AWS KMS decides whether a request may use a key — key policies, IAM policies, grants
        and guardrails, evaluated in your browser.
      </p>
    </header>
  );
}
