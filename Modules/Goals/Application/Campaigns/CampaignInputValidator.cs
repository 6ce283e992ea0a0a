using FluentValidation;
using SalesSuite.Goals.Domain.Campaigns;

namespace SalesSuite.Goals.Application.Campaigns;

/// <summary>
/// The campaign form's own rules (messages are resource keys): a name, two valid dates, a team, at least one customer
/// line and one step, complete script / material / step rows. The window, due dates, links and customers are the
/// campaign's and the command's rules (<see cref="Campaign"/>, <see cref="CampaignCommands"/>).
/// </summary>
internal sealed class CampaignInputValidator : AbstractValidator<CampaignInput>
{
    public CampaignInputValidator()
    {
        RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n) && n.Trim().Length <= Campaign.NameMaxLength)
            .WithMessage("Campaigns_Error_Name").WithState(_ => new object[] { Campaign.NameMaxLength });
        RuleFor(x => x.Goal).MaximumLength(Campaign.GoalMaxLength)
            .WithMessage("Campaigns_Error_Goal").WithState(_ => new object[] { Campaign.GoalMaxLength });
        RuleFor(x => x.StartsOn).Must((x, _) => x.Starts is not null).WithMessage("Campaigns_Error_Date");
        RuleFor(x => x.EndsOn).Must((x, _) => x.Ends is not null).WithMessage("Campaigns_Error_Date");
        RuleFor(x => x.TeamId).NotNull().WithMessage("Campaigns_Error_Team");
        RuleFor(x => x.Customers).Must((x, _) => x.CustomerLines.Count > 0).WithMessage("Campaigns_Error_NoCustomers");
        RuleFor(x => x.Steps).Must(s => s.Any(r => !r.IsBlank)).WithMessage("Campaigns_Error_NoSteps");
        RuleForEach(x => x.Scripts).Where(r => !r.IsBlank).ChildRules(row =>
        {
            row.RuleFor(r => r.Title).Must(t => !string.IsNullOrWhiteSpace(t) && t.Trim().Length <= CampaignScript.TitleMaxLength)
                .WithMessage("Campaigns_Error_ScriptTitle").WithState(_ => new object[] { CampaignScript.TitleMaxLength });
            row.RuleFor(r => r.Text).Must(t => !string.IsNullOrWhiteSpace(t) && t.Trim().Length <= CampaignScript.TextMaxLength)
                .WithMessage("Campaigns_Error_ScriptText").WithState(_ => new object[] { CampaignScript.TextMaxLength });
        });
        RuleForEach(x => x.Materials).Where(r => !r.IsBlank).ChildRules(row =>
        {
            row.RuleFor(r => r.Title).Must(t => !string.IsNullOrWhiteSpace(t) && t.Trim().Length <= CampaignMaterial.TitleMaxLength)
                .WithMessage("Campaigns_Error_ScriptTitle").WithState(_ => new object[] { CampaignMaterial.TitleMaxLength });
            row.RuleFor(r => r.Link).Must(l => !string.IsNullOrWhiteSpace(l) && CampaignMaterial.IsWebOrLocal(l.Trim()))
                .WithMessage("Campaigns_Error_Link");
            row.RuleFor(r => r.Seconds).InclusiveBetween(1, CampaignMaterial.MaxSeconds)
                .WithMessage("Campaigns_Error_Seconds").WithState(_ => new object[] { CampaignMaterial.MaxSeconds });
        });
        RuleForEach(x => x.Steps).Where(r => !r.IsBlank).ChildRules(row =>
        {
            row.RuleFor(r => r.ActionTypeId).NotNull().WithMessage("Campaigns_Error_ActionType");
            row.RuleFor(r => r.Quantity).NotNull().InclusiveBetween(1, CampaignStep.MaxQuantity)
                .WithMessage("Campaigns_Error_StepQuantity").WithState(_ => new object[] { CampaignStep.MaxQuantity });
            row.RuleFor(r => r.DueOn).Must((r, _) => r.Due is not null).When(r => !string.IsNullOrWhiteSpace(r.DueOn))
                .WithMessage("Campaigns_Error_Date");
        });
    }
}
