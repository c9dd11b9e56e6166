"""The errors of staff accounts, each with its status and stable code (``docs/codes.md``)."""

from __future__ import annotations

from shared.errors import Conflict, Forbidden, NotFound


class StaffNotFound(NotFound):
    """没有该人员账户: no staff account with this id (or not one the caller manages)."""

    code = "STAFF_NOT_FOUND"


class StaffUsernameTaken(Conflict):
    """用户名已被使用: an account with this username exists."""

    code = "STAFF_USERNAME_TAKEN"


class StaffAdminRequired(Forbidden):
    """需要本机构人员管理员: a contractor's staff account manages staff only when it is the contractor's
    staff administrator (``staff_admin``)."""

    code = "STAFF_ADMIN_REQUIRED"


class StaffRoleNotGrantable(Forbidden):
    """不能授予该角色: a contractor creates only its own contractor staff (role ``contractor``)."""

    code = "STAFF_ROLE_NOT_GRANTABLE"


class StaffDisabled(Conflict):
    """账户已停用: the account is disabled; enable it first."""

    code = "STAFF_DISABLED"


class SecondFactorNotForRole(Conflict):
    """该角色不设动态口令: the TOTP second factor is for bureau and admin accounts."""

    code = "TOTP_NOT_FOR_ROLE"
