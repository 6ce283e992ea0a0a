using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SalesSuite.Host.Data;
using SalesSuite.Host.Notifications.Channels;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Host.Areas.Admin.Pages.Channels;

/// <summary>
/// The SMTP server and the three robots, each with a "send test" that queues a message to the admin; below, the teams' own
/// WeCom / DingTalk robots (a team's robot overrides the company's for its members).
/// </summary>
public sealed class IndexModel : AdminPageModel
{
    private readonly HostDbContext _db;
    private readonly ChannelSettingsCommands _commands;
    private readonly IValidator<EmailServerInput> _emailValidator;
    private readonly IValidator<RobotInput> _robotValidator;
    private readonly ICurrentUser _currentUser;
    private readonly IStringLocalizer<HostText> _l;
    private readonly IOptions<ChannelOptions> _options;

    internal IndexModel(
        HostDbContext db, ChannelSettingsCommands commands, IValidator<EmailServerInput> emailValidator,
        IValidator<RobotInput> robotValidator, ICurrentUser currentUser, IStringLocalizer<HostText> l, IOptions<ChannelOptions> options)
    {
        _options = options;
        _db = db;
        _commands = commands;
        _emailValidator = emailValidator;
        _robotValidator = robotValidator;
        _currentUser = currentUser;
        _l = l;
    }

    [BindProperty]
    public EmailServerInput Email { get; set; } = new();

    [BindProperty]
    public RobotInput Robot { get; set; } = new();

    public IReadOnlyList<RobotInput> Robots { get; private set; } = [];

    /// <summary>Which robots have a stored secret (it is never sent back to the browser).</summary>
    public IReadOnlySet<DeliveryChannel> WithSecret { get; private set; } = new HashSet<DeliveryChannel>();

    public bool PasswordConfigured { get; private set; }

    public sealed record TeamRobotRow(
        Guid Id, Guid TeamId, string Team, DeliveryChannel Channel, bool Enabled, string Url, bool HasSecret, int Version);

    public IReadOnlyList<TeamRobotRow> TeamRobots { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Teams { get; private set; } = [];

    public async Task<IActionResult> OnGetTeamRobotsCsvAsync([FromServices] BusinessClock clock, CancellationToken ct)
    {
        await LoadAsync(ct, keepEmail: false, keepRobot: null);
        string[] header = [_l["Admin_Field_TeamId"], _l["Gap_TeamRobots_Channel"], _l["Channels_Field_Enabled"], _l["Channels_Field_Secret"]];
        return this.Csv("team-robots", clock.Today, header, TeamRobots.Select(r => (IReadOnlyList<object?>)
            [r.Team, _l["Channels_Channel_" + r.Channel].Value, r.Enabled ? _l["Gap_Yes"].Value : _l["Gap_No"].Value,
                r.HasSecret ? _l["Gap_Yes"].Value : _l["Gap_No"].Value]));
    }

    public async Task<IActionResult> OnPostRemoveTeamRobotAsync(Guid id, int version, CancellationToken ct)
    {
        try
        {
            await _commands.RemoveTeamRobotAsync(id, version, ct);
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        catch (DomainException refusal)
        {
            return this.Refused(refusal, _l);
        }
        return this.Done(_l["Gap_TeamRobots_Removed"]);
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct, keepEmail: false, keepRobot: null);
        return Page();
    }

    public async Task<IActionResult> OnPostEmailAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (!ModelState.Validate(_emailValidator, Email, _l, "Email"))
        {
            await LoadAsync(ct, keepEmail: true, keepRobot: null);
            return Answer(422);
        }
        try
        {
            await _commands.SaveEmailAsync(Email, ct);
        }
        catch (DomainException refusal)
        {
            ModelState.AddModelError("Email", _l.Text(refusal));
            await LoadAsync(ct, keepEmail: true, keepRobot: null);
            return Answer(refusal.StatusCode);
        }
        return this.Done(_l["Channels_Saved"]);
    }

    public async Task<IActionResult> OnPostRobotAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (!ModelState.Validate(_robotValidator, Robot, _l, "Robot"))
        {
            await LoadAsync(ct, keepEmail: false, keepRobot: Robot);
            return Answer(422);
        }
        try
        {
            await _commands.SaveRobotAsync(Robot, ct);
        }
        catch (DomainException refusal)
        {
            ModelState.AddModelError("Robot", _l.Text(refusal));
            await LoadAsync(ct, keepEmail: false, keepRobot: Robot);
            return Answer(refusal.StatusCode);
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        return this.Done(_l["Channels_Saved"]);
    }

    public async Task<IActionResult> OnPostTestAsync(DeliveryChannel channel, CancellationToken ct)
    {
        await _commands.QueueTestAsync(_currentUser.UserId!.Value, channel, ct);
        return this.Done(_l["Channels_Test_Queued"]);
    }

    private PageResult Answer(int status)
    {
        var page = Page();
        page.StatusCode = status;
        return page;
    }

    private async Task LoadAsync(CancellationToken ct, bool keepEmail, RobotInput? keepRobot)
    {
        PasswordConfigured = !string.IsNullOrEmpty(_options.Value.SmtpPassword);
        if (!keepEmail && await _db.EmailServers.AsNoTracking().SingleOrDefaultAsync(ct) is { } server)
        {
            Email = new EmailServerInput
            {
                Enabled = server.Enabled, Host = server.Host, Port = server.Port, TlsMode = server.TlsMode, UserName = server.UserName,
                SenderAddress = server.SenderAddress, SenderName = server.SenderName, Version = server.Version,
            };
        }
        var all = await _db.ChannelRobots.AsNoTracking().ToListAsync(ct);
        var teams = await _db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(ct);
        Teams = teams.Select(t => (t.Id, t.Name)).ToList();
        TeamRobots = all.Where(r => r.IsTeamRobot)
            .Select(r => new TeamRobotRow(r.Id, r.TeamId, teams.FirstOrDefault(t => t.Id == r.TeamId)?.Name ?? "—", r.Channel, r.Enabled, r.Url,
                !string.IsNullOrEmpty(r.Secret), r.Version))
            .OrderBy(r => r.Team).ThenBy(r => r.Channel).ToList();
        var stored = all.Where(r => !r.IsTeamRobot).ToList();
        WithSecret = stored.Where(r => !string.IsNullOrEmpty(r.Secret)).Select(r => r.Channel).ToHashSet();
        Robots = DeliveryChannels.Robots.Select(channel =>
        {
            if (keepRobot?.Channel == channel && keepRobot.TeamId is null)
            {
                return keepRobot;
            }
            var robot = stored.FirstOrDefault(r => r.Channel == channel);
            return new RobotInput { Channel = channel, Enabled = robot?.Enabled ?? false, Url = robot?.Url, Version = robot?.Version ?? 0 };
        }).ToList();
    }
}
