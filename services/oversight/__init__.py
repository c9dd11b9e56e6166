"""The oversight service: the bureau's supervision of its contractors (商保经办机构) and their contracts."""
