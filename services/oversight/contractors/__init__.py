"""Contractors (商保经办机构): the register the bureau keeps of those it buys the fund's operation from."""
