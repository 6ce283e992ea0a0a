namespace SalesSuite.SharedKernel.Modules;

/// <summary>A navigation entry; <paramref name="LabelKey"/> is looked up in the module's own resources.</summary>
public sealed record ModuleNavItem(string LabelKey, string Area, string Page, IReadOnlyList<string> Roles)
{
    public bool IsVisibleTo(Func<string, bool> isInRole) => Roles.Count == 0 || Roles.Any(isInRole);
}
