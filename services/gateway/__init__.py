"""The one public REST API: API keys, roles and scopes, routing to the services with a signed principal,
the audit log of mutating calls and the merged OpenAPI document."""
