"""Settlement's configuration joins the platform's: every ``LTC_*`` variable is validated when the app starts,
and a refused value stops the start with an error naming the variable."""

from __future__ import annotations

import pytest

from services.settlement.app import create_app
from services.settlement.config import SettlementConfig, settlement_config
from shared.settings import Settings, SettingsError

SECRET = "s" * 40


class TestStartUp:
    def test_a_refused_settlement_variable_stops_the_start_naming_it(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("LTC_SETTLEMENT_IMPORT_CHUNK_ROWS", "5")
        with pytest.raises(
            SettingsError, match=r"LTC_SETTLEMENT_IMPORT_CHUNK_ROWS: .*greater than or equal to 100"
        ):
            create_app()

    def test_a_refused_platform_variable_stops_the_start_naming_it(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("LTC_DB_POOL_SIZE", "none")
        with pytest.raises(SettingsError, match=r"LTC_DB_POOL_SIZE: .*valid integer"):
            create_app()

    def test_a_refused_secret_is_named_but_not_shown(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("LTC_INTERNAL_SECRET", "too-short-to-sign")
        with pytest.raises(SettingsError, match="LTC_INTERNAL_SECRET") as refused:
            create_app()
        assert "too-short-to-sign" not in str(refused.value)

    def test_the_app_reads_its_own_variables_next_to_the_platform_settings_it_is_given(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("LTC_SETTLEMENT_IMPORT_CHUNK_ROWS", "500")
        app = create_app(Settings(internal_secret=SECRET, db_pool_size=3))
        config = app.state.settings
        assert isinstance(config, SettlementConfig)
        assert (config.settlement_import_chunk_rows, config.db_pool_size) == (500, 3)


class TestDefaults:
    def test_unset_the_import_stages_20000_rows_per_copy(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.delenv("LTC_SETTLEMENT_IMPORT_CHUNK_ROWS", raising=False)
        assert settlement_config(Settings(internal_secret=SECRET)).settlement_import_chunk_rows == 20_000
