using Microsoft.Extensions.Localization;
using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Application.Process;

/// <summary>
/// How a step is named on screen: Quotes' approval step codes (Tech, Finance, Legal, MarginReview, GeneralManager) and
/// the hand-off codes have resource keys Step_{code}; stage, milestone and role names show as stored, and so does an
/// unknown code.
/// </summary>
internal static class StepNames
{
    public static string Display(IStringLocalizer l, StepKind kind, string step)
    {
        if (kind is StepKind.Approval or StepKind.HandOff)
        {
            var text = l["Step_" + step];
            return text.ResourceNotFound ? step : text.Value;
        }
        return step;
    }

    /// <summary>Row order inside a kind: approval steps in the default chain's order, hand-offs in <see cref="HandOffs.All"/>' order.</summary>
    public static int Rank(StepKind kind, string step)
    {
        string[] chain = ["Tech", "Finance", "Legal", "MarginReview", "GeneralManager"];
        var list = kind switch
        {
            StepKind.Approval => chain,
            StepKind.HandOff => HandOffs.All.ToArray(),
            _ => [],
        };
        var i = Array.IndexOf(list, step);
        return i < 0 ? int.MaxValue : i;
    }
}
