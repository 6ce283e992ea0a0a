using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Health.Domain;

/// <summary>The director's thresholds for one indicator (a missing row means the defaults of <see cref="Indicator.All"/>).</summary>
internal sealed class IndicatorThreshold : IAuditable, IVersioned
{
    private IndicatorThreshold() { }

    public IndicatorThreshold(string code, double green, double red)
    {
        Code = code;
        Change(green, red);
    }

    public string Code { get; private set; } = "";
    public double Green { get; private set; }
    public double Red { get; private set; }
    public int Version { get; set; }

    public string AuditId => Code;

    /// <summary>The target must be on the good side of the alarm (for "higher is better": green ≥ red) and within range.</summary>
    public void Change(double green, double red)
    {
        var indicator = Indicator.Get(Code);
        var max = indicator.Unit switch { IndicatorUnit.Percent => 100, IndicatorUnit.Hours => 720, _ => 50 };
        DomainException.ThrowIf(green < 0 || red < 0 || green > max || red > max, "Threshold_OutOfRange", 0, max);
        DomainException.ThrowIf(indicator.HigherIsBetter ? green < red : green > red,
            indicator.HigherIsBetter ? "Threshold_GreenBelowRed" : "Threshold_GreenAboveRed");
        Green = green;
        Red = red;
    }

    public Rag Judge(double? value) => Indicator.Judge(value, Indicator.Get(Code).HigherIsBetter, Green, Red);
}
