from tests.races import (  # noqa: F401  (the race database: rows that commit, seen by a second app)
    enrollment_app,
    race_database_url,
    race_engine,
)
