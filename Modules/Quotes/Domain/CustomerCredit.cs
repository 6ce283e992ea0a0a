using NodaTime;

namespace SalesSuite.Quotes.Domain;

/// <summary>
/// Read model of a customer's credit from Collections' <c>CreditExposureChanged</c>: the exposure (open receivables +
/// accepted but unscheduled) and the limit (null: none) as of <see cref="AsOf"/>. Only a newer event replaces it.
/// </summary>
internal sealed class CustomerCredit
{
    private CustomerCredit() { Currency = string.Empty; }

    public CustomerCredit(Guid customerId, decimal exposure, decimal? limit, string currency, Instant asOf)
    {
        CustomerId = customerId;
        Exposure = exposure;
        Limit = limit;
        Currency = currency;
        AsOf = asOf;
    }

    public Guid CustomerId { get; private set; }
    public decimal Exposure { get; private set; }
    public decimal? Limit { get; private set; }
    public string Currency { get; private set; }
    public Instant AsOf { get; private set; }

    /// <summary>
    /// Takes the values of an event that occurred at <paramref name="at"/> unless a newer one was applied already (a late
    /// retry must not bring an old exposure back); at the same instant the later delivery wins. True when applied.
    /// </summary>
    public bool Apply(decimal exposure, decimal? limit, string currency, Instant at)
    {
        if (at < AsOf)
        {
            return false;
        }
        Exposure = exposure;
        Limit = limit;
        Currency = currency;
        AsOf = at;
        return true;
    }
}
