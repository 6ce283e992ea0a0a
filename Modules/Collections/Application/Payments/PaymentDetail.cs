using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Application.Payments;

/// <summary>The payment page: the payment, its customer, allocations, receipt and the customer's credit.</summary>
internal sealed record PaymentDetail(
    Payment Payment, CustomerOption Customer, IReadOnlyList<AllocationView> Allocations, ReceiptInfo? Receipt, decimal CustomerCredit,
    bool CustomerHasOpen);
