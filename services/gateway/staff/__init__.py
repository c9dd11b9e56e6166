"""Staff accounts of the console (人员账户): people with a role and a scope like API clients, their passwords,
lockout, TOTP second factor and server-side sessions."""
