using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Host.Notifications.Channels;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Host.Pages.Notifications;

/// <summary>The signed-in person chooses, per notification type, which channels besides the bell they get.</summary>
public sealed class PreferencesModel : PageModel
{
    private readonly NotificationTypes types;
    private readonly PreferenceCommands commands;
    private readonly ChannelRouting routing;
    private readonly IOrganisation organisation;
    private readonly ICurrentUser currentUser;
    private readonly IStringLocalizer<HostText> l;

    internal PreferencesModel(
        NotificationTypes types, PreferenceCommands commands, ChannelRouting routing, IOrganisation organisation, ICurrentUser currentUser,
        IStringLocalizer<HostText> l)
    {
        this.types = types;
        this.commands = commands;
        this.routing = routing;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.l = l;
    }

    public sealed record Row(NotificationType Type, DeliveryChannel Channels, bool IsDefault);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public DeliveryChannel Configured { get; private set; }
    public DeliveryChannel RoleDefault { get; private set; }
    public OrgUser Me { get; private set; } = null!;

    private Guid MyId => currentUser.UserId!.Value;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <param name="t">The type keys the form showed.</param>
    /// <param name="c">Ticked boxes, "module:key:channel".</param>
    public async Task<IActionResult> OnPostAsync(string[] t, string[] c, CancellationToken ct)
    {
        await LoadAsync(ct);
        var ticked = c.Select(v => v.Split(':')).Where(p => p.Length == 3 && Enum.TryParse<DeliveryChannel>(p[2], out _))
            .ToLookup(p => p[0] + ":" + p[1], p => Enum.Parse<DeliveryChannel>(p[2]));
        var shown = t.ToHashSet(StringComparer.Ordinal);
        var choices = new Dictionary<(string, string), DeliveryChannel>();
        foreach (var row in Rows.Where(r => shown.Contains(r.Type.Key)))
        {
            var posted = ticked[row.Type.Key].Aggregate(DeliveryChannel.None, (all, one) => all | one);
            // A channel the admin has not set up cannot be ticked; the person's earlier choice for it stays.
            choices[(row.Type.SourceModule, row.Type.TextKey)] = (posted & Configured) | (row.Channels & ~Configured);
        }
        await commands.SaveAsync(MyId, RoleDefault, choices, ct);
        return this.Done(l["Channels_Prefs_Saved"]);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Me = await organisation.FindUserAsync(MyId, ct) ?? throw new UnauthorizedAccessException();
        RoleDefault = ChannelDefaults.For(Me.Roles);
        Configured = await routing.ConfiguredAsync(Me.TeamId, ct);
        var mine = await commands.ReadAsync(MyId, ct);
        Rows = (await types.ListAsync(ct))
            .Select(type => mine.TryGetValue((type.SourceModule, type.TextKey), out var chosen)
                ? new Row(type, chosen, false)
                : new Row(type, RoleDefault, true))
            .OrderBy(r => r.Type.ModuleLabel, StringComparer.CurrentCulture).ThenBy(r => r.Type.Name, StringComparer.CurrentCulture).ToList();
    }
}
