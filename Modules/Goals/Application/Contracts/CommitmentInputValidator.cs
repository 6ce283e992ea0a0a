using FluentValidation;
using SalesSuite.Goals.Domain;

namespace SalesSuite.Goals.Application.Contracts;

/// <summary>Each commitment row names an action type and a quantity of 1..10,000 (messages are resource keys).</summary>
internal sealed class CommitmentInputValidator : AbstractValidator<CommitmentInput>
{
    public CommitmentInputValidator()
    {
        RuleForEach(x => x.Lines).Where(r => !r.IsBlank).ChildRules(row =>
        {
            row.RuleFor(r => r.ActionTypeId).NotNull().WithMessage("Contracts_Error_TypeRequired");
            row.RuleFor(r => r.Quantity).NotNull().InclusiveBetween(1, ContractLine.MaxQuantity).WithMessage("Contract_Error_Quantity")
                .WithState(_ => new object[] { ContractLine.MaxQuantity });
            row.RuleFor(r => r.Note).MaximumLength(ContractLine.NoteMaxLength).WithMessage("Contract_Error_Note")
                .WithState(_ => new object[] { ContractLine.NoteMaxLength });
        });
    }
}
