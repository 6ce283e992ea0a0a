using NodaTime;
using SalesSuite.Collections.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Collections.Tests.Domain;

/// <summary>Small builders for domain tests: a contract with a schedule, a payment for its customer.</summary>
internal static class Build
{
    public static readonly LocalDate Signed = new(2026, 1, 31);

    public static AcceptedQuote Quote(decimal amount, params MilestoneTerms[] milestones) =>
        new(QuoteId: Guid.NewGuid(), DealId: Guid.NewGuid(), CustomerId: Guid.NewGuid(), OwnerId: Guid.NewGuid(), Version: "V1",
            Amount: amount, Currency: "CNY", AcceptedOn: Signed, Terms: null, Milestones: milestones);

    public static Contract Contract(params decimal[] amounts) =>
        SalesSuite.Collections.Domain.Contract.FromAcceptedQuote("HT-2026-00001",
            Quote(amounts.Sum(), amounts.Select((a, i) => new MilestoneTerms($"M{i + 1}", a, Signed.PlusDays(30 * i), null)).ToArray()),
            AppFactory.DefaultNow);

    public static Payment Payment(Contract contract, decimal amount, string reference = "BR-1", string currency = "CNY") =>
        new(Guid.NewGuid(), reference, contract.CustomerId, Signed, amount, currency, "payer", PaymentSource.Manual, Guid.NewGuid(),
            AppFactory.DefaultNow);

    /// <summary>Another contract of the same customer (its milestones due later than the first's).</summary>
    public static Contract NextContract(Contract first, params decimal[] amounts) =>
        SalesSuite.Collections.Domain.Contract.FromAcceptedQuote("HT-2026-00002",
            Quote(amounts.Sum(), amounts.Select((a, i) => new MilestoneTerms($"N{i + 1}", a, Signed.PlusDays(90 + (30 * i)), null)).ToArray())
                with { CustomerId = first.CustomerId },
            AppFactory.DefaultNow);
}
