"""The demo world and the walkthrough use the assessment service's reference data (scale, calendar)."""

from tests.assessment.conftest import assessment_reference  # noqa: F401
