"""The working calendar (工作日): statutory holidays and make-up workdays, as data the bureau extends."""
