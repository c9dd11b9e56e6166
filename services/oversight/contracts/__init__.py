"""Service contracts (服务合同) per lot (标段) of counties, their status changes and the acceptance of their
fulfilment (履约检查验收)."""
