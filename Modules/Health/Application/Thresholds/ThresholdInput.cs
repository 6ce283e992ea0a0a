namespace SalesSuite.Health.Application.Thresholds;

/// <summary>One indicator's thresholds as the form posts them, with the Version the form showed.</summary>
public sealed class ThresholdInput
{
    public string Code { get; set; } = "";
    public double? Green { get; set; }
    public double? Red { get; set; }
    public int Version { get; set; }
}
