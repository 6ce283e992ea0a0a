using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Goals.Domain.Campaigns;

/// <summary>
/// A time-boxed task flow for a team ("Q4骨科关节置换专项攻坚"): target customers with who works each, scripts and
/// materials for the salesperson, and ordered check-in points counted from evidence (<see cref="CampaignProgress"/>).
/// The window is inclusive and at most a year; a plan is checked whole before anything changes.
/// </summary>
internal sealed class Campaign : IAuditable, IVersioned
{
    public const int NameMaxLength = 100;
    public const int GoalMaxLength = 1000;
    public const int MaxCustomers = 500;
    public const int MaxScripts = 10;
    public const int MaxMaterials = 10;
    public const int MaxSteps = 10;

    private List<CampaignCustomer> _customers = [];
    private List<CampaignScript> _scripts = [];
    private List<CampaignMaterial> _materials = [];
    private List<CampaignStep> _steps = [];

    public Campaign(Guid id, CampaignPlan plan, Guid createdBy, Instant createdAt)
    {
        Id = id;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        Status = CampaignStatus.Draft;
        Change(plan);
    }

    private Campaign()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = string.Empty;
    public string? Goal { get; private set; }
    public LocalDate StartsOn { get; private set; }
    public LocalDate EndsOn { get; private set; }
    public Guid TeamId { get; private set; }
    public string TeamName { get; private set; } = string.Empty;
    public CampaignStatus Status { get; private set; }
    public IReadOnlyList<CampaignCustomer> Customers => _customers;
    public IReadOnlyList<CampaignScript> Scripts => _scripts;
    public IReadOnlyList<CampaignMaterial> Materials => _materials;
    public IReadOnlyList<CampaignStep> Steps => _steps;
    public Guid CreatedBy { get; private set; }
    public Instant CreatedAt { get; private set; }
    public Instant? ActivatedAt { get; private set; }
    public Instant? ClosedAt { get; private set; }
    public int Version { get; set; }

    public string AuditId => Name;

    /// <summary>Checks the whole plan, then takes it (a refused plan changes nothing).</summary>
    public void Change(CampaignPlan plan)
    {
        DomainException.ThrowIf(Status == CampaignStatus.Closed, "Campaigns_Error_Closed");
        var name = plan.Name?.Trim() ?? "";
        DomainException.ThrowIf(name.Length is 0 or > NameMaxLength, "Campaigns_Error_Name", NameMaxLength);
        var goal = string.IsNullOrWhiteSpace(plan.Goal) ? null : plan.Goal.Trim();
        DomainException.ThrowIf(goal?.Length > GoalMaxLength, "Campaigns_Error_Goal", GoalMaxLength);
        CheckWindow(plan.StartsOn, plan.EndsOn);
        CheckCustomers(plan.Customers);
        CheckScripts(plan.Scripts);
        CheckMaterials(plan.Materials);
        CheckSteps(plan.Steps, plan.StartsOn, plan.EndsOn);

        Name = name;
        Goal = goal;
        StartsOn = plan.StartsOn;
        EndsOn = plan.EndsOn;
        TeamId = plan.TeamId;
        TeamName = plan.TeamName.Length > NameMaxLength ? plan.TeamName[..NameMaxLength] : plan.TeamName;
        _customers = [.. plan.Customers.Select(c => c with { Name = Cut(c.Name.Trim(), GoalCustomer.NameMaxLength) })];
        _scripts = [.. plan.Scripts.Select(s => new CampaignScript(s.Title.Trim(), s.Text.Trim()))];
        _materials = [.. plan.Materials.Select(m => new CampaignMaterial(m.Title.Trim(), m.Link.Trim(), m.Seconds))];
        _steps = [.. plan.Steps];
    }

    public void Activate(Instant at)
    {
        DomainException.ThrowIf(Status != CampaignStatus.Draft, "Campaigns_Error_NotDraft");
        Status = CampaignStatus.Active;
        ActivatedAt = at;
    }

    public void Close(Instant at)
    {
        DomainException.ThrowIf(Status != CampaignStatus.Active, "Campaigns_Error_NotActive");
        Status = CampaignStatus.Closed;
        ClosedAt = at;
    }

    /// <summary>True for a day inside the inclusive window.</summary>
    public bool Covers(LocalDate day) => day >= StartsOn && day <= EndsOn;

    /// <summary>End on or after the start, and at most a year: start + 1 year − 1 day is the last allowed end.</summary>
    public static void CheckWindow(LocalDate startsOn, LocalDate endsOn)
    {
        DomainException.ThrowIf(endsOn < startsOn, "Campaigns_Error_Window");
        DomainException.ThrowIf(endsOn > startsOn.PlusYears(1).PlusDays(-1), "Campaigns_Error_TooLong");
    }

    private static void CheckCustomers(IReadOnlyList<CampaignCustomer> customers)
    {
        DomainException.ThrowIf(customers.Count == 0, "Campaigns_Error_NoCustomers");
        DomainException.ThrowIf(customers.Count > MaxCustomers, "Campaigns_Error_TooManyCustomers", MaxCustomers);
        var duplicate = customers.GroupBy(c => c.CustomerId).FirstOrDefault(g => g.Count() > 1);
        DomainException.ThrowIf(duplicate is not null, "Campaigns_Error_DuplicateCustomer", duplicate?.First().Name ?? "");
    }

    private static void CheckScripts(IReadOnlyList<CampaignScript> scripts)
    {
        DomainException.ThrowIf(scripts.Count > MaxScripts, "Campaigns_Error_TooMany", MaxScripts);
        for (var i = 0; i < scripts.Count; i++)
        {
            var (title, text) = (scripts[i].Title?.Trim() ?? "", scripts[i].Text?.Trim() ?? "");
            DomainException.ThrowIf(title.Length is 0 or > CampaignScript.TitleMaxLength || text.Length is 0 or > CampaignScript.TextMaxLength,
                "Campaigns_Error_Script", i + 1, CampaignScript.TitleMaxLength, CampaignScript.TextMaxLength);
        }
    }

    private static void CheckMaterials(IReadOnlyList<CampaignMaterial> materials)
    {
        DomainException.ThrowIf(materials.Count > MaxMaterials, "Campaigns_Error_TooMany", MaxMaterials);
        for (var i = 0; i < materials.Count; i++)
        {
            var (title, link) = (materials[i].Title?.Trim() ?? "", materials[i].Link?.Trim() ?? "");
            DomainException.ThrowIf(title.Length is 0 or > CampaignMaterial.TitleMaxLength, "Campaigns_Error_MaterialTitle", i + 1,
                CampaignMaterial.TitleMaxLength);
            DomainException.ThrowIf(link.Length is 0 or > CampaignMaterial.LinkMaxLength || !CampaignMaterial.IsWebOrLocal(link),
                "Campaigns_Error_MaterialLink", i + 1);
            DomainException.ThrowIf(materials[i].Seconds is < 1 or > CampaignMaterial.MaxSeconds, "Campaigns_Error_MaterialSeconds", i + 1,
                CampaignMaterial.MaxSeconds);
        }
    }

    private static void CheckSteps(IReadOnlyList<CampaignStep> steps, LocalDate startsOn, LocalDate endsOn)
    {
        DomainException.ThrowIf(steps.Count == 0, "Campaigns_Error_NoSteps");
        DomainException.ThrowIf(steps.Count > MaxSteps, "Campaigns_Error_TooMany", MaxSteps);
        for (var i = 0; i < steps.Count; i++)
        {
            DomainException.ThrowIf(steps[i].Quantity is < 1 or > CampaignStep.MaxQuantity, "Campaigns_Error_Quantity", i + 1,
                CampaignStep.MaxQuantity);
            DomainException.ThrowIf(steps[i].DueOn is { } due && (due < startsOn || due > endsOn), "Campaigns_Error_DueOutside", i + 1);
        }
    }

    private static string Cut(string text, int max) => text.Length > max ? text[..max] : text;
}
