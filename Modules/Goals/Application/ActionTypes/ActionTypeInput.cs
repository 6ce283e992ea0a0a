using SalesSuite.Goals.Domain;

namespace SalesSuite.Goals.Application.ActionTypes;

/// <summary>The action-type form: names, the evidence standard's event and the conditions that event supports.</summary>
internal sealed class ActionTypeInput
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
    public CreditTo CreditTo { get; set; }
    public bool KeyCustomersOnly { get; set; }
    public bool ActorNotOwner { get; set; }
    public ResultMetric? DrivesMetric { get; set; }
    public string? HowToUrl { get; set; }
    public int? HowToSeconds { get; set; }
    public bool ForManagers { get; set; }
    public bool Active { get; set; } = true;

    public bool? FlagValue => Flag switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };

    /// <summary>The rule as posted (validated by the domain: unknown events and unsupported conditions are refused).</summary>
    public EvidenceRule Rule() =>
        new(EventType?.Trim() ?? string.Empty, Value, MinNumber, FlagValue, MinAttachments, CreditTo, KeyCustomersOnly, ActorNotOwner);

    public static ActionTypeInput From(KeyActionType t) => new()
    {
        Version = t.Version, Code = t.Code, NameZh = t.NameZh, NameEn = t.NameEn, Description = t.Description,
        EventType = t.Rule.EventType, Value = t.Rule.Value, MinNumber = t.Rule.MinNumber,
        Flag = t.Rule.Flag switch { true => "true", false => "false", null => "" }, MinAttachments = t.Rule.MinAttachments,
        CreditTo = t.Rule.CreditTo, KeyCustomersOnly = t.Rule.KeyCustomersOnly, ActorNotOwner = t.Rule.ActorNotOwner,
        DrivesMetric = t.DrivesMetric, HowToUrl = t.HowToUrl, HowToSeconds = t.HowToSeconds, ForManagers = t.ForManagers, Active = t.Active,
    };
}
