using SalesSuite.Goals.Domain;

namespace SalesSuite.Goals.Application.ActionTypes;

/// <summary>
/// An evidence standard in words ("A follow-up whose objective is 建立联系, on a key customer, with at least 1 attachment,
/// credited to the owner"), built from resource texts so it reads in the reader's language. <c>text(key, args)</c> is the
/// localizer (a function, so the unit tests need no host).
/// </summary>
internal static class EvidenceRuleText
{
    public static string Describe(EvidenceRule rule, Func<string, object[], string> text)
    {
        var source = EvidenceCatalog.Find(rule.EventType);
        var conditions = new List<string>();
        if (rule.Value is { } value && source?.ValueMeaning is { } valueMeaning)
        {
            conditions.Add(text("Evidence_Text_Value", [text(valueMeaning, []), ValueText(rule.EventType, value, text)]));
        }
        if (rule.MinNumber is { } min && source?.NumberMeaning is { } numberMeaning)
        {
            conditions.Add(text("Evidence_Text_MinNumber", [text(numberMeaning, []), min]));
        }
        if (rule.Flag is { } flag && source?.FlagMeaning is { } flagMeaning)
        {
            conditions.Add(text(flag ? "Evidence_Text_FlagYes" : "Evidence_Text_FlagNo", [text(flagMeaning, [])]));
        }
        if (rule.KeyCustomersOnly)
        {
            conditions.Add(text("Evidence_Text_KeyCustomers", []));
        }
        if (rule.MinAttachments > 0)
        {
            conditions.Add(text("Evidence_Text_Attachments", [rule.MinAttachments]));
        }
        if (rule.ActorNotOwner)
        {
            conditions.Add(text("Evidence_Text_ActorNotOwner", []));
        }
        conditions.Add(text(rule.CreditTo == CreditTo.Actor ? "Evidence_Text_CreditActor" : "Evidence_Text_CreditOwner", []));
        var head = source is null ? rule.EventType : text(EventKey(rule.EventType), []);
        return text("Evidence_Text_Sentence", [head, string.Join(text("Evidence_Text_Separator", []), conditions)]);
    }

    public static string EventKey(string eventType) => "Evidence_Event_" + eventType;

    /// <summary>A follow-up objective in words (Evidence_Objective_*); other values are shown as they are matched.</summary>
    public static string ValueText(string eventType, string value, Func<string, object[], string> text) =>
        eventType == EvidenceCatalog.FollowUpLogged && EvidenceCatalog.Objectives.Contains(value) ? text("Evidence_Objective_" + value, []) : value;
}
