using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Web;

/// <summary>Resource keys of enum values (every value has a key in both languages; a test checks it).</summary>
internal static class ResourceKeys
{
    public static string Step(StepKind kind) => $"Step_{kind}";

    /// <summary>A role's name on the chain editor and the escalation to-dos (the roles of <see cref="ApprovalChain"/>).</summary>
    public static string Role(string role) => $"Appr_Role_{role}";

    public static string Status(QuoteStatus status) => $"Status_{status}";

    public static string StepStatus(StepStatus status) => $"StepStatus_{status}";
}
