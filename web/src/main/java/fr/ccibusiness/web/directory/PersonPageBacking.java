package fr.ccibusiness.web.directory;

import fr.ccibusiness.directory.DirectoryService;
import fr.ccibusiness.directory.PersonCard;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** person.xhtml?id=…: a person's page, for those who share a community with them (else not found). */
@Named
@RequestScoped
public class PersonPageBacking {

    @Inject
    private DirectoryService directory;

    private Long id;
    private PersonCard person;

    public void load() {
        person = directory.person(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PersonCard getPerson() {
        return person;
    }
}
