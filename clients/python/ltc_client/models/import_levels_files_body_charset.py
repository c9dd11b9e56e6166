from enum import StrEnum


class ImportLevelsFilesBodyCharset(StrEnum):
    GB18030 = "gb18030"
    GBK = "gbk"
    UTF_8 = "utf-8"

    def __str__(self) -> str:
        return str(self.value)
