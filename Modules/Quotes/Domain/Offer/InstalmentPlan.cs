using NodaTime;

namespace SalesSuite.Quotes.Domain.Offer;

/// <summary>A proposed payment schedule (percent and days after signing per milestone); <see cref="Kind"/> names it.</summary>
internal sealed record InstalmentPlan(InstalmentPlanKind Kind, IReadOnlyList<PaymentItem> Items)
{
    /// <summary>The plan applied to <paramref name="gross"/>, signed on <paramref name="signing"/>: amounts add up to the fen.</summary>
    public IReadOnlyList<Instalment> For(decimal gross, LocalDate signing) => Instalments.Of(Items, gross, signing);
}
