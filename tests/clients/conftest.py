"""The walkthrough through the generated client runs on the demo's in-process platform and keys."""

from tests.assessment.conftest import assessment_reference  # noqa: F401
from tests.demo.test_demo import demo_keys, platform  # noqa: F401
