"""ORM models of the settlement service (schema ``settlement``)."""

from services.settlement.models.base import (
    BED_DAY_MODES,
    CARE_MODES,
    INSTITUTION_KINDS,
    SCHEMA,
    Base,
    consumer_cursors,
    feed_dead_letters,
    idempotency_records,
    metadata,
    outbox,
    outbox_events,
)
from services.settlement.models.institutions import Caregiver, ClientHome, Institution, InstitutionStatus
from services.settlement.models.ledger import (
    AccountingUnit,
    LedgerAccount,
    LedgerLeg,
    LedgerPeriod,
    LedgerTransaction,
)
from services.settlement.models.opening_balances import (
    OpeningBalance,
    OpeningBalanceImport,
    OpeningBalanceImportError,
)
from services.settlement.models.read_models import (
    ApplicationReceived,
    ContributionReceived,
    ContributionsDue,
    CountyScheme,
    CoveragePeriod,
    DisabilityLevel,
    InsuredPerson,
    PersonBill,
    PersonStatusChange,
)
from services.settlement.models.records import Dispute, ImportError_, ImportJob, RecordCheck, ServiceRecord
from services.settlement.models.rules import BenefitRule, BenefitRuleSet
from services.settlement.models.settlement import AnnualClearing, Payment, SettlementRun, Statement

__all__ = [
    "BED_DAY_MODES",
    "CARE_MODES",
    "INSTITUTION_KINDS",
    "SCHEMA",
    "AccountingUnit",
    "AnnualClearing",
    "ApplicationReceived",
    "Base",
    "BenefitRule",
    "BenefitRuleSet",
    "Caregiver",
    "ClientHome",
    "ContributionReceived",
    "ContributionsDue",
    "CountyScheme",
    "CoveragePeriod",
    "DisabilityLevel",
    "Dispute",
    "ImportError_",
    "ImportJob",
    "Institution",
    "InstitutionStatus",
    "InsuredPerson",
    "LedgerAccount",
    "LedgerLeg",
    "LedgerPeriod",
    "LedgerTransaction",
    "OpeningBalance",
    "OpeningBalanceImport",
    "OpeningBalanceImportError",
    "Payment",
    "PersonBill",
    "PersonStatusChange",
    "RecordCheck",
    "ServiceRecord",
    "SettlementRun",
    "Statement",
    "consumer_cursors",
    "feed_dead_letters",
    "idempotency_records",
    "metadata",
    "outbox",
    "outbox_events",
]
