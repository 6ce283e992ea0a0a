using SalesSuite.Goals.Domain;

namespace SalesSuite.Goals.Application.ActionTypes;

/// <summary>The action-type form: names, the evidence standard's event and the conditions that event supports.</summary>
public sealed class ActionTypeInput
{
    public int Version { get; set; }
    public string? Code { get; set; }
    public string? NameZh { get; set; }
    public string? NameEn { get; set; }
    public string? Description { get; set; }
    public string? EventType { get; set; }
    public string? Value { get; set; }
    public int? MinNumber { get; set; }
    /// <summary>"" (any), "true" or "false".</summary>
    public string? Flag { get; set; }
    public int MinAttachments { get; set; }
    /// <summary>"Owner" or "Actor".</summary>
    public string? CreditTo { get; set; }
    public bool KeyCustomersOnly { get; set; }
    public bool ActorNotOwner { get; set; }
    /// <summary>A <see cref="ResultMetric"/> name, or empty.</summary>
    public string? DrivesMetric { get; set; }
    public string? HowToUrl { get; set; }
    public int? HowToSeconds { get; set; }
    public bool ForManagers { get; set; }
    public bool Active { get; set; } = true;

    internal bool? FlagValue => Flag switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };

    /// <summary>The rule as posted (validated by the domain: unknown events and unsupported conditions are refused).</summary>
    internal EvidenceRule Rule() =>
        new(EventType?.Trim() ?? string.Empty, Value, MinNumber, FlagValue, MinAttachments, Credit, KeyCustomersOnly, ActorNotOwner);

    internal CreditTo Credit => Enum.TryParse<CreditTo>(CreditTo, out var c) && Enum.IsDefined(c) ? c : Domain.CreditTo.Owner;

    /// <summary>The metric it drives; a name that is none (a tampered form) is refused.</summary>
    internal ResultMetric? Metric => string.IsNullOrWhiteSpace(DrivesMetric) ? null
        : Enum.TryParse<ResultMetric>(DrivesMetric, out var m) && Enum.IsDefined(m) && !char.IsDigit(DrivesMetric[0]) ? m
        : throw new SharedKernel.Domain.DomainException("ActionTypes_Error_Metric");

    internal static ActionTypeInput From(KeyActionType t) => new()
    {
        Version = t.Version, Code = t.Code, NameZh = t.NameZh, NameEn = t.NameEn, Description = t.Description,
        EventType = t.Rule.EventType, Value = t.Rule.Value, MinNumber = t.Rule.MinNumber,
        Flag = t.Rule.Flag switch { true => "true", false => "false", null => "" }, MinAttachments = t.Rule.MinAttachments,
        CreditTo = t.Rule.CreditTo.ToString(), KeyCustomersOnly = t.Rule.KeyCustomersOnly, ActorNotOwner = t.Rule.ActorNotOwner,
        DrivesMetric = t.DrivesMetric?.ToString(), HowToUrl = t.HowToUrl, HowToSeconds = t.HowToSeconds,
        ForManagers = t.ForManagers, Active = t.Active,
    };
}
