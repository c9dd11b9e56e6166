"""Who keeps the training register and who reads it. 人社 (``human_resources``, S003 §三(二)
"负责加强护理服务从业人员队伍建设", annex 1 #9 "开设针对性护理培训并进行考核": 市人力社保局) records it with
the bureau: this is the one write any agency role has."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import Principal

TRAINING_READ = capability(
    "oversight.training.read",
    "the training register: courses, exam sessions, results, result imports, certificates",
    Role.ADMIN,
    Role.BUREAU,
    Role.HUMAN_RESOURCES,
    Role.AUDIT,  # reads what the bureau reads
)
TrainingRead = Annotated[Principal, require(TRAINING_READ)]

TRAINING_WRITE = capability(
    "oversight.training.write",
    "record courses, exam sessions, results (by file) and certificates, and revoke certificates",
    Role.BUREAU,
    Role.HUMAN_RESOURCES,
)
TrainingWrite = Annotated[Principal, require(TRAINING_WRITE)]

TRAINING_ID_NUMBERS_READ = capability(
    "oversight.training.id_numbers.read",
    "a certificate holder's whole ID number on one certificate's answer (masked in lists and otherwise)",
    Role.BUREAU,
    Role.HUMAN_RESOURCES,
    within=(
        "POST /training-certificates",
        "GET /training-certificates/{certificate_id}",
        "POST /training-certificates/{certificate_id}/revocations",
    ),
)


def sees_whole_id_numbers(principal: Principal) -> bool:
    """Those who record certificates (人社, the bureau) see the holder's number whole on one certificate;
    admin and audit see it masked, and every list masks it."""
    return TRAINING_ID_NUMBERS_READ.allows(principal)
