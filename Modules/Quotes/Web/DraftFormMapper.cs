using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using NodaTime.Text;
using SalesSuite.Quotes.Application;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Web;

/// <summary>
/// Turns the editor form into lines: prices default to the catalogue's, costs come from the last version (Finance's
/// locked cost) or the catalogue, never from the browser. Problems are added to ModelState naming the field.
/// </summary>
internal sealed class DraftFormMapper(IStringLocalizer<QuotesModule> l)
{
    public IReadOnlyList<QuoteLine> Lines(QuoteDraftForm form, IReadOnlyDictionary<string, Product> catalogue, IReadOnlyList<QuoteLine> previous, ModelStateDictionary? errors)
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
                errors?.AddModelError($"Form.Lines[{i}].ProductCode", l["Edit_Error_Product", i + 1]);
                continue;
            }
            if (row.Quantity < 0 || row.DiscountPercent is < 0 or > 100 || row.UnitPrice < 0 || row.TaxRatePercent is < 0 or > 100 || row.DeliveryDays < 0)
            {
                errors?.AddModelError($"Form.Lines[{i}].Quantity", l["Edit_Error_LineNumbers", i + 1]);
                continue;
            }
            var cost = previous.FirstOrDefault(p => p.ProductCode == product.Code)?.UnitCost ?? product.Cost;
            lines.Add(new QuoteLine(product.Code, product.Name, row.Quantity!.Value, row.UnitPrice ?? product.ListPrice,
                row.DiscountPercent ?? 0m, cost, row.TaxRatePercent ?? product.TaxRatePercent, row.DeliveryDays ?? 30));
        }
        return lines;
    }

    public QuoteDraftInput? Input(QuoteDraftForm form, IReadOnlyDictionary<string, Product> catalogue, IReadOnlyList<QuoteLine> previous, ModelStateDictionary errors)
    {
        var lines = Lines(form, catalogue, previous, errors);
        if (lines.Count == 0 && errors.IsValid)
        {
            errors.AddModelError("Form.Lines", l["Quote_Error_NoLines"]);
        }
        var schedule = PaymentScheduleText.Parse(form.Schedule);
        if (schedule is null)
        {
            errors.AddModelError("Form.Schedule", l["Edit_Error_Schedule"]);
        }
        var validUntil = LocalDatePattern.Iso.Parse(form.ValidUntil ?? string.Empty);
        if (!validUntil.Success)
        {
            errors.AddModelError("Form.ValidUntil", l["Edit_Error_ValidUntil"]);
        }
        return errors.IsValid
            ? new QuoteDraftInput(lines, form.Terms ?? string.Empty, schedule!, validUntil.Value, form.Urgent, form.Tags ?? string.Empty)
            : null;
    }

    public static QuoteDraftForm From(Quote quote) => new()
    {
        Lines = quote.Lines.Select(x => new QuoteLineForm
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
