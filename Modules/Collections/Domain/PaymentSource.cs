namespace SalesSuite.Collections.Domain;

/// <summary>How a payment came in: typed by Finance, from a bank-statement import, or Finance confirming a report.</summary>
internal enum PaymentSource
{
    Manual = 0,
    BankImport = 1,
    ReportConfirmation = 2,
}
