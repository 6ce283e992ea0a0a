using NodaTime;

namespace SalesSuite.Quotes.Domain.Offer;

/// <summary>
/// Splits an amount over a schedule. Each share is rounded to the fen and the last one takes the remainder, so the
/// instalments always add up exactly to the amount (33.33 + 33.33 + 33.34, never 99.99).
/// </summary>
internal static class Instalments
{
    public static IReadOnlyList<Instalment> Of(IReadOnlyList<PaymentItem> items, decimal amount, LocalDate signing)
    {
        var result = new List<Instalment>(items.Count);
        var allocated = 0m;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var share = i == items.Count - 1
                ? amount - allocated
                : Math.Round(amount * item.Percent / 100m, 2, MidpointRounding.AwayFromZero);
            allocated += share;
            result.Add(new Instalment(item.Name, item.Percent, share, item.DueDaysAfterSigning, signing.PlusDays(item.DueDaysAfterSigning)));
        }
        return result;
    }
}
