namespace SalesSuite.SharedKernel.Modules;

/// <summary>
/// A module's card on the home page: the host shows it to people in <paramref name="Roles"/> (empty: everyone signed in),
/// in <paramref name="Order"/>, headed by <paramref name="TitleKey"/> from the module's own resources, and fills it with
/// the module's htmx partial (<paramref name="Area"/> + <paramref name="Page"/> + optional <paramref name="Handler"/>),
/// loaded on display and every 15 seconds. The heading links to <paramref name="LinkPage"/> in the same area (also the
/// fallback without JavaScript). The partial authorises on its own: the roles here only decide who gets the card.
/// A module registers its panels with <see cref="HomePanels.AddHomePanel"/>; the host never references the module.
/// </summary>
public sealed record HomePanel(
    string Module, string TitleKey, string Area, string Page, IReadOnlyList<string> Roles, int Order = 0,
    string? Handler = null, string LinkPage = "/Index")
{
    public bool IsVisibleTo(Func<string, bool> isInRole) => Roles.Count == 0 || Roles.Any(isInRole);
}
