namespace SalesSuite.Collections.Application.Payments;

/// <summary>What the payment form shows: customers to choose, the chosen customer's open milestones and credit.</summary>
internal sealed record PaymentFormView(
    IReadOnlyList<CustomerOption> Customers, IReadOnlyList<OpenReceivable> Open, decimal Credit, string? Currency);
