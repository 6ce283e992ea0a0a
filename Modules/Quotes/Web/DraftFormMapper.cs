using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using NodaTime.Text;
using SalesSuite.Quotes.Application.Drafts;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Web;

/// <summary>
/// Turns the editor form into lines: prices default to the catalogue's, costs come from the last version (Finance's
/// locked cost) or the catalogue, never from the browser. Unknown products are added to ModelState naming the row;
/// the rest of the form is checked by <see cref="QuoteDraftInputValidator"/>.
/// </summary>
internal static class DraftFormMapper
{
    public static IReadOnlyList<QuoteLine> Lines(QuoteDraftInput form, IReadOnlyDictionary<string, Product> catalogue,
        IReadOnlyList<QuoteLine> previous, ModelStateDictionary? errors = null, IStringLocalizer? l = null)
    {
        var lines = new List<QuoteLine>();
        for (var i = 0; i < form.Lines.Count; i++)
        {
            var row = form.Lines[i];
            if (row.IsBlank)
            {
                continue;
            }
            if (!catalogue.TryGetValue(row.ProductCode!.Trim(), out var product))
            {
                if (errors is not null && l is not null)
                {
                    errors.AddModelError($"Form.Lines[{i}].ProductCode", l["Edit_Error_Product", i + 1]);
                }
                continue;
            }
            if (!row.HasValidNumbers)
            {
                continue;
            }
            var cost = previous.FirstOrDefault(p => p.ProductCode == product.Code)?.UnitCost ?? product.Cost;
            // The line keeps its identity while it stays the same product at the same place.
            var same = lines.Count < previous.Count && previous[lines.Count].ProductCode == product.Code ? previous[lines.Count].LineId : default;
            lines.Add(new QuoteLine(product.Code, product.Name, row.Quantity!.Value, row.UnitPrice ?? product.ListPrice,
                row.DiscountPercent ?? 0m, cost, row.TaxRatePercent ?? product.TaxRatePercent, row.DeliveryDays ?? 30, same));
        }
        return lines;
    }

    /// <summary>The validated draft (call only when the form passed its validator and every product exists).</summary>
    public static QuoteDraft Draft(QuoteDraftInput form, IReadOnlyList<QuoteLine> lines) =>
        new(lines, form.Terms ?? string.Empty, PaymentScheduleText.Parse(form.Schedule)!,
            LocalDatePattern.Iso.Parse(form.ValidUntil ?? string.Empty).Value, form.Urgent, form.Tags ?? string.Empty);

    public static QuoteDraftInput From(Quote quote) => new()
    {
        Lines = quote.Lines.Select(x => new QuoteLineInput
        {
            ProductCode = x.ProductCode, Quantity = x.Quantity, UnitPrice = x.UnitPrice, DiscountPercent = x.DiscountPercent,
            TaxRatePercent = x.TaxRatePercent, DeliveryDays = x.DeliveryDays,
        }).ToList(),
        Terms = quote.Terms,
        Schedule = PaymentScheduleText.Format(quote.Schedule),
        ValidUntil = LocalDatePattern.Iso.Format(quote.ValidUntil),
        Urgent = quote.Urgent,
        Tags = quote.Tags,
    };
}
