package org.stemsift.cli;

import picocli.CommandLine.Command;

@Command(name = "validate", mixinStandardHelpOptions = true, description = "Reproducible validations against ground truth.",
	subcommands = { ValidateAyyubiImagesCommand.class, ValidatePriftiCommand.class, ValidatePriftiClustersCommand.class, ValidateSyntheticCommand.class, ValidateSyntheticClustersCommand.class })
final class ValidateCommand {}
