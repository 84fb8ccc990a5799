hearsay_test(claims_test ledger/claims_test.cc)
hearsay_test(ledger_test ledger/ledger_test.cc)
