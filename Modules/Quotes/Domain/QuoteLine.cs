using System.Text.Json.Serialization;

namespace SalesSuite.Quotes.Domain;

/// <summary>
/// One priced line. Money in decimal, rounded to fen per line. <see cref="LineId"/> is the line's identity (the same
/// product may appear on two lines); lines stored before it existed get a stable id from their position.
/// </summary>
internal sealed record QuoteLine(
    string ProductCode,
    string ProductName,
    decimal Quantity,
    decimal UnitPrice,
    decimal DiscountPercent,
    decimal UnitCost,
    decimal TaxRatePercent,
    int DeliveryDays,
    Guid LineId = default)
{
    [JsonIgnore]
    public decimal Net => Round(Quantity * UnitPrice * (1m - DiscountPercent / 100m));

    [JsonIgnore]
    public decimal Cost => Round(Quantity * UnitCost);

    [JsonIgnore]
    public decimal Tax => Round(Net * TaxRatePercent / 100m);

    [JsonIgnore]
    public decimal MarginPercent => Net == 0m ? 0m : Math.Round((Net - Cost) / Net * 100m, 2, MidpointRounding.AwayFromZero);

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
